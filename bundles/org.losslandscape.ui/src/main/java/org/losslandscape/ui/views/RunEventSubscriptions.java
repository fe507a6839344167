package org.losslandscape.ui.views;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.EventHandler;

/**
 * A view's subscriptions to run events ({@link org.losslandscape.ui.jobs.RunEvents}) on the event broker: each
 * event's data is handed to the view on the UI thread (asynchronously: the run's thread never waits), and dropped
 * once the view is disposed.
 */
final class RunEventSubscriptions {

    private final IEventBroker broker;
    private final Display display;
    private final BooleanSupplier disposed;
    private final List<EventHandler> handlers = new ArrayList<>();

    /**
     * @param broker the workbench's event broker, may be null (then nothing is heard)
     * @param disposed whether the view's widgets are gone
     */
    RunEventSubscriptions(IEventBroker broker, Display display, BooleanSupplier disposed) {
        this.broker = broker;
        this.display = display;
        this.disposed = disposed;
    }

    /** Hands the data of the topic's events that are of {@code type} to {@code action}, on the UI thread. */
    <T> void subscribe(String topic, Class<T> type, Consumer<T> action) {
        if (broker == null) {
            return;
        }
        EventHandler handler = event -> {
            Object data = event.getProperty(IEventBroker.DATA);
            if (type.isInstance(data)) {
                Runnable r = () -> {
                    if (!disposed.getAsBoolean()) {
                        action.accept(type.cast(data));
                    }
                };
                if (Display.getCurrent() == display) {
                    r.run();
                } else if (!display.isDisposed()) {
                    display.asyncExec(r);
                }
            }
        };
        handlers.add(handler);
        broker.subscribe(topic, handler);
    }

    /** Unsubscribes from every topic. */
    void dispose() {
        if (broker != null) {
            handlers.forEach(broker::unsubscribe);
        }
        handlers.clear();
    }
}
