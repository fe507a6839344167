package org.losslandscape.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.losslandscape.core.services.CoreServices;
import org.losslandscape.core.templates.Template;
import org.losslandscape.core.templates.TemplateProvider;
import org.losslandscape.core.templates.Templates;
import org.losslandscape.ui.wizards.NewExperimentWizard;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

/**
 * A template provider registered by this bundle as an OSGi service adds its template — read from this bundle, not
 * the core — after the core's; the wizard writes it; unregistered, it is gone again.
 */
class TemplateProviderServiceTest {

    /** This bundle's provider: {@code templates/index.txt} beside this class. */
    public static final class UiProbeTemplates implements TemplateProvider {
        @Override
        public String index() {
            return "/org/losslandscape/ui/tests/templates/index.txt";
        }
    }

    @Test
    void aProviderServiceAddsItsTemplatesUntilItIsUnregistered() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        ServiceRegistration<TemplateProvider> registration = context.registerService(TemplateProvider.class,
                new UiProbeTemplates(), null);
        try {
            assertTrue(CoreServices.isActive());
            List<String> names = Templates.all().stream().map(Template::name).toList();
            // the core's 14, the toy bundle's 4, the dynamics bundle's 5, the critical-points bundle's 1 and the
            // flatness bundle's 2, then this one
            assertEquals(28, names.size(), names.toString());
            assertEquals("tour", names.get(0));
            assertEquals("ui-probe", names.get(27));
            assertEquals(List.of(), CoreServices.templates().problems());
            Template probe = Templates.find("ui-probe").orElseThrow();
            assertEquals("ui-probe", probe.create().getName());
            assertEquals(1, probe.create().getAnalyses().size());
            String file = new String(NewExperimentWizard.contents(probe, "p.landscape"), StandardCharsets.UTF_8);
            assertTrue(file.contains("name=\"ui-probe\""), file);
            assertEquals("tour", Templates.find("tour").orElseThrow().create().getName(), "the core's files");
        } finally {
            registration.unregister();
        }
        assertTrue(Templates.find("ui-probe").isEmpty());
        assertEquals(27, Templates.all().size());
    }
}
