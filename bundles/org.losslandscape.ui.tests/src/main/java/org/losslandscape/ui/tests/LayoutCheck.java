package org.losslandscape.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/**
 * Finds layout defects in a tree of controls as laid out now: (a) a visible control with text that does not lie
 * inside its parent's client area, or is narrower (a wrapping one: lower) than its text needs — it is cut off; (b)
 * two visible siblings that overlap. The content of a scrolled composite may be larger than its viewport (it
 * scrolls: not a defect), and the insides of tables, trees and charts are their own business.
 */
final class LayoutCheck {

    private LayoutCheck() {
    }

    /** @return the defects found under {@code root}, one line each naming the controls; empty if none */
    static List<String> problems(Control root) {
        List<String> problems = new ArrayList<>();
        walk(root, problems);
        return problems;
    }

    private static void walk(Control control, List<String> problems) {
        if (!control.isVisible() || !(control instanceof Composite c) || control instanceof Table
                || control instanceof Tree || control instanceof org.eclipse.swtchart.Chart) {
            return;
        }
        Rectangle area = c.getClientArea();
        List<Control> visible = new ArrayList<>();
        for (Control child : c.getChildren()) {
            if (child.isVisible()) {
                visible.add(child);
            }
        }
        for (Control child : visible) {
            if (hasText(child)) {
                Rectangle b = child.getBounds();
                if (!(c instanceof ScrolledComposite) && (b.x < area.x || b.y < area.y
                        || b.x + b.width > area.x + area.width || b.y + b.height > area.y + area.height)) {
                    problems.add("clipped by its parent: " + describe(child) + " at " + b + " in " + describe(c)
                            + " with client area " + area);
                }
                String cut = cut(child, b);
                if (cut != null) {
                    problems.add(cut);
                }
            }
        }
        for (int i = 0; i < visible.size(); i++) {
            for (int j = i + 1; j < visible.size(); j++) {
                Rectangle a = visible.get(i).getBounds();
                Rectangle b = visible.get(j).getBounds();
                Rectangle both = a.intersection(b);
                if (both.width > 0 && both.height > 0) {
                    problems.add("overlap: " + describe(visible.get(i)) + " " + a + " and " + describe(visible.get(j))
                            + " " + b + " in " + describe(c));
                }
            }
        }
        for (Control child : visible) {
            walk(child, problems);
        }
    }

    /** @return a note if the control's text needs more room than it has, else null */
    private static String cut(Control child, Rectangle b) {
        if (child instanceof Text || child instanceof Combo) {
            return b.width < 40 || b.height < child.computeSize(SWT.DEFAULT, SWT.DEFAULT).y - 2
                    ? "too small to show its value: " + describe(child) + " " + b : null;
        }
        boolean wraps = (child.getStyle() & SWT.WRAP) != 0;
        if (wraps) {
            Point needed = child.computeSize(Math.max(1, b.width), SWT.DEFAULT);
            return b.height + 2 < needed.y ? "text cut at the bottom: " + describe(child) + " has " + b.height
                    + " px of the " + needed.y + " it needs" : null;
        }
        Point needed = child.computeSize(SWT.DEFAULT, SWT.DEFAULT);
        return b.width + 2 < needed.x || b.height + 2 < needed.y ? "text cut: " + describe(child) + " is " + b.width
                + "×" + b.height + ", needs " + needed.x + "×" + needed.y : null;
    }

    private static boolean hasText(Control c) {
        return c instanceof Label l && !l.getText().isEmpty() || c instanceof CLabel || c instanceof Link
                || c instanceof Button || c instanceof Text || c instanceof Combo;
    }

    private static String describe(Control c) {
        String text = c instanceof Label l ? l.getText() : c instanceof Button b ? b.getText() : c instanceof Link k
                ? k.getText() : c instanceof CLabel l ? l.getText() : "";
        if (text.length() > 40) {
            text = text.substring(0, 40) + "…";
        }
        return c.getClass().getSimpleName() + (text.isEmpty() ? "" : " '" + text + "'");
    }
}
