package org.losslandscape.ui.views;

import java.util.function.Consumer;

import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

/**
 * What the result views say while they have nothing to draw: what to select or run, with a link to the Welcome
 * view's one-click tour.
 */
final class EmptyMessages {

    /** The href of the link that opens the Welcome view. */
    static final String WELCOME = "welcome";

    private static final String SELECT = "Select an experiment file (.landscape) in the Project Explorer or the Runs "
            + "view";
    private static final String OR_TOUR = " No experiment yet? <a href=\"" + WELCOME + "\">Run the tour</a> from "
            + "the Welcome view.";

    static final String CURVES = "No training curves to show. " + SELECT + ": its runs' curves show here, live while "
            + "one trains." + OR_TOUR;
    static final String LANDSCAPE = "No loss landscape to show. " + SELECT + " whose latest completed run has a "
            + "landscape (a Surface analysis), or run one from the editor's Overview page." + OR_TOUR;
    static final String SPECTRUM = "No Hessian spectrum to show. " + SELECT + " whose latest completed run has a "
            + "Hessian or spectral-density analysis, or run one." + OR_TOUR;
    static final String SHARPNESS = "No sharpness trace to show. " + SELECT + " with an edge-of-stability analysis; "
            + "while it runs, its λ_max is drawn here as it is measured." + OR_TOUR;

    private EmptyMessages() {
    }

    /** @return the handler of the messages' links in {@code page}'s views */
    static Consumer<String> links(IWorkbenchPage page) {
        return href -> {
            if (WELCOME.equals(href)) {
                try {
                    page.showView(WelcomeView.ID);
                } catch (PartInitException e) {
                    // nothing more to offer than the message itself
                }
            }
        };
    }
}
