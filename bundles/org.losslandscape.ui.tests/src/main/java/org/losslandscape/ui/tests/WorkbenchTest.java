package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.css.swt.theme.ITheme;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.branding.IProductConstants;
import org.eclipse.ui.internal.ProductProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.losslandscape.ui.LossLandscapePerspective;
import org.osgi.framework.FrameworkUtil;

/** The product's workbench opens on the Loss Landscape perspective with its views, theme and About text. */
@SuppressWarnings("restriction")
class WorkbenchTest {

    private IWorkbenchWindow window;
    private IWorkbenchPage page;

    @BeforeEach
    void activeWindow() {
        window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        assertNotNull(window, "the workbench has an active window");
        page = window.getActivePage();
        assertNotNull(page, "the window has an active page");
    }

    @Test
    void productIsOurs() {
        IProduct product = Platform.getProduct();
        assertNotNull(product, "a product is running");
        assertEquals("org.losslandscape.ui.product", product.getId());
        assertEquals("Loss Landscape Workbench", product.getName());
    }

    @Test
    void opensOnTheLossLandscapePerspective() {
        assertEquals(LossLandscapePerspective.ID, page.getPerspective().getId());
        assertEquals("Loss Landscape", page.getPerspective().getLabel());
        assertEquals(LossLandscapePerspective.ID,
                PlatformUI.getWorkbench().getPerspectiveRegistry().getDefaultPerspective());
    }

    @Test
    void perspectiveHasTheStandardViews() throws Exception {
        page.resetPerspective();
        for (String id : new String[] { IPageLayout.ID_PROJECT_EXPLORER, IPageLayout.ID_PROBLEM_VIEW,
                IPageLayout.ID_PROGRESS_VIEW, IPageLayout.ID_PROP_SHEET }) {
            assertNotNull(page.findViewReference(id), id + " is laid out by the perspective");
            IViewPart view = page.showView(id);
            assertNotNull(view, id + " opens");
            assertEquals(id, view.getViewSite().getId());
        }
        page.showView(IPageLayout.ID_PROJECT_EXPLORER);
        UiTestSupport.spin(300);
    }

    @Test
    void aboutTextCarriesTheRunningVersion() {
        String version = FrameworkUtil.getBundle(LossLandscapePerspective.class).getVersion().toString();
        String about = ProductProperties.getAboutText(Platform.getProduct());
        assertTrue(about.startsWith("Loss Landscape Workbench"), about);
        assertTrue(about.contains("Version: " + version), "about text shows " + version + ":\n" + about);
        assertNotNull(Platform.getProduct().getProperty(IProductConstants.ABOUT_IMAGE));
    }

    @Test
    void themeIsApplied() {
        Object engine = window.getShell().getDisplay().getData("org.eclipse.e4.ui.css.swt.theme");
        assertTrue(engine instanceof IThemeEngine, "the CSS theme engine is installed on the display: " + engine);
        ITheme theme = ((IThemeEngine) engine).getActiveTheme();
        assertNotNull(theme, "a theme is active");
        assertEquals("org.eclipse.e4.ui.css.theme.e4_default", theme.getId());
    }

    @Test
    void windowScreenshotIsNotBlank() throws Exception {
        Shell shell = window.getShell();
        shell.setBounds(0, 0, 1280, 800);
        page.resetPerspective();
        UiTestSupport.spin(1500);
        ImageData data = UiTestSupport.screenshot(shell, "workbench");
        assertEquals(1280, data.width);
        assertEquals(800, data.height);
        assertTrue(UiTestSupport.distinctColours(data) > 20, "the screenshot shows a drawn window");
        assertTrue(Files.size(Path.of(System.getProperty("losslandscape.screenshots", "target/screenshots"),
                "workbench.png")) > 10_000);
        assertTrue(shell.getText().contains("Loss Landscape Workbench"), "title: " + shell.getText());
    }
}
