package org.losslandscape.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.losslandscape.compute.data.Dataset;
import org.losslandscape.core.chart.Axis;
import org.losslandscape.core.chart.ChartSpec;
import org.losslandscape.core.chart.Series;
import org.losslandscape.core.compile.Compilation;
import org.losslandscape.core.compile.ExperimentCompiler;
import org.losslandscape.model.DatasetSpec;
import org.losslandscape.model.Experiment;
import org.losslandscape.model.LandscapeFactory;
import org.losslandscape.model.LandscapePackage;
import org.losslandscape.model.Parameter;
import org.losslandscape.ui.charts.SpecChart;

/**
 * The editor's Data page: the dataset's kind, split and seed, its parameters (key and value, the value editable
 * in place), and a scatter preview of the training rows by class for 2D classification data, generated off the UI
 * thread after each change.
 */
public final class DataPage extends FormPage {

    /** The form's width from which the preview sits beside the fields rather than below them. */
    static final int SIDE_BY_SIDE_WIDTH = 680;
    private final ExperimentEditor editor;
    private AttributeForm form;
    private TableViewer parameters;
    private SpecChart preview;
    private Job previewJob;

    DataPage(ExperimentEditor editor) {
        super(editor, "data", "Data");
        this.editor = editor;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().setText("Data");
        FormToolkit toolkit = managedForm.getToolkit();
        Composite body = managedForm.getForm().getBody();
        // the preview beside the fields where the editor is wide, below them where it is narrow: a form wraps to its
        // width (it does not scroll sideways), so side by side in a narrow editor the chart would cover the fields
        GridLayout columns = new GridLayout(2, false);
        body.setLayout(columns);
        managedForm.getForm().addListener(SWT.Resize, e -> {
            int wanted = managedForm.getForm().getClientArea().width >= SIDE_BY_SIDE_WIDTH ? 2 : 1;
            if (columns.numColumns != wanted) {
                columns.numColumns = wanted;
                managedForm.reflow(true);
            }
        });
        Composite left = toolkit.createComposite(body);
        left.setLayout(new GridLayout(2, false));
        left.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        LandscapePackage p = LandscapePackage.eINSTANCE;
        form = new AttributeForm(editor, () -> editor.experiment().getDataset());
        form.add(toolkit, left, "Kind:", p.getDatasetSpec_Kind());
        form.add(toolkit, left, "Validation fraction:", p.getDatasetSpec_ValidationFraction());
        form.add(toolkit, left, "Seed:", p.getDatasetSpec_Seed());
        form.add(toolkit, left, "File:", p.getDatasetSpec_File()).setToolTipText(
                "A data file beside the experiment: CSV, .npy/.npz, IDX images or CIFAR-10 .bin");
        form.add(toolkit, left, "Labels file:", p.getDatasetSpec_LabelsFile()).setToolTipText(
                "The labels of a data file that has none: .npy or IDX labels");
        parameters = new TableViewer(left, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        parameters.getTable().setHeaderVisible(true);
        parameters.getTable().setLinesVisible(true);
        GridData table = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        table.heightHint = 140;
        table.widthHint = 200;
        parameters.getControl().setLayoutData(table);
        parameters.setContentProvider(ArrayContentProvider.getInstance());
        column("parameter", 140, false);
        column("value", 140, true);
        Text key = toolkit.createText(left, "", SWT.BORDER);
        key.setMessage("parameter");
        key.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Text value = toolkit.createText(left, "", SWT.BORDER);
        value.setMessage("value");
        value.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button add = toolkit.createButton(left, "Add parameter", SWT.PUSH);
        add.addListener(SWT.Selection, e -> {
            setParameter(key.getText().trim(), value.getText().trim());
            key.setText("");
            value.setText("");
        });
        Button remove = toolkit.createButton(left, "Remove parameter", SWT.PUSH);
        remove.addListener(SWT.Selection, e -> {
            Object o = ((IStructuredSelection) parameters.getSelection()).getFirstElement();
            if (o instanceof Parameter prm && dataset() != null) {
                editor.execute(RemoveCommand.create(editor.domain(), dataset(), LandscapePackage.Literals
                        .DATASET_SPEC__PARAMETERS, prm));
            }
        });
        preview = new SpecChart(body);
        // a size of its own beside the fields: the chart never takes their room nor draws over them
        GridData chart = new GridData(SWT.FILL, SWT.FILL, true, true);
        chart.widthHint = 300;
        chart.heightHint = 300;
        chart.minimumWidth = 240;
        chart.minimumHeight = 240;
        preview.control().setLayoutData(chart);
        preview.setEmptyMessage("No preview: it shows the training rows of two-dimensional classification data by "
                + "class.", null);
        editor.onChange(this::refresh);
        refresh();
    }

    private DatasetSpec dataset() {
        return editor.experiment().getDataset();
    }

    private void column(String title, int width, boolean editable) {
        TableViewerColumn c = new TableViewerColumn(parameters, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                Parameter p = (Parameter) element;
                return editable ? p.getValue() : p.getKey();
            }
        });
        if (editable) {
            c.setEditingSupport(new EditingSupport(parameters) {
                @Override
                protected CellEditor getCellEditor(Object element) {
                    return new TextCellEditor(parameters.getTable());
                }

                @Override
                protected boolean canEdit(Object element) {
                    return true;
                }

                @Override
                protected Object getValue(Object element) {
                    return ((Parameter) element).getValue() == null ? "" : ((Parameter) element).getValue();
                }

                @Override
                protected void setValue(Object element, Object v) {
                    setParameter(((Parameter) element).getKey(), String.valueOf(v).trim());
                }
            });
        }
    }

    /** Sets (or adds) a dataset parameter through a command. */
    public void setParameter(String key, String value) {
        DatasetSpec d = dataset();
        if (d == null || key.isEmpty()) {
            return;
        }
        for (Parameter p : d.getParameters()) {
            if (key.equals(p.getKey())) {
                if (!value.equals(p.getValue())) {
                    editor.execute(SetCommand.create(editor.domain(), p, LandscapePackage.Literals.PARAMETER__VALUE,
                            value));
                }
                return;
            }
        }
        Parameter p = LandscapeFactory.eINSTANCE.createParameter();
        p.setKey(key);
        p.setValue(value);
        editor.execute(AddCommand.create(editor.domain(), d, LandscapePackage.Literals.DATASET_SPEC__PARAMETERS, p));
    }

    /** @return the preview chart (for tests) */
    public SpecChart preview() {
        return preview;
    }

    private void refresh() {
        if (parameters == null || parameters.getControl().isDisposed()) {
            return;
        }
        form.refresh();
        parameters.setInput(dataset() == null ? List.of() : List.copyOf(dataset().getParameters()));
        schedulePreview();
    }

    /** Generates the data off the UI thread (from a copy of the experiment) and draws the scatter. */
    private void schedulePreview() {
        Experiment copy = EcoreUtil.copy(editor.experiment());
        java.nio.file.Path base = editor.file().getLocation().toFile().toPath().getParent();
        Display display = preview.control().getDisplay();
        if (previewJob != null) {
            previewJob.cancel();
        }
        previewJob = Job.create("Preview the data", monitor -> {
            Compilation c = new ExperimentCompiler().compile(copy, base, copy.getSeed());
            ChartSpec spec = c.experiment() == null ? null : scatter(c.experiment().train());
            if (!monitor.isCanceled()) {
                display.asyncExec(() -> {
                    if (!preview.control().isDisposed()) {
                        preview.show(spec);
                    }
                });
            }
            return Status.OK_STATUS;
        });
        previewJob.setSystem(true);
        previewJob.schedule(200);
    }

    /** @return the training rows by class, for 2D classification data; null otherwise */
    static ChartSpec scatter(Dataset d) {
        if (d.featureCount() != 2 || !d.isClassification()) {
            return null;
        }
        List<Series> series = new ArrayList<>();
        for (int k = 0; k < d.classCount(); k++) {
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < d.size(); i++) {
                if (d.labels()[i] == k) {
                    points.add(new double[] {d.feature(i, 0), d.feature(i, 1)});
                }
            }
            series.add(new Series("class " + k, points.stream().mapToDouble(q -> q[0]).toArray(), points.stream()
                    .mapToDouble(q -> q[1]).toArray(), Series.Style.POINTS));
        }
        return ChartSpec.of(d.name() + " (" + d.size() + " training rows)", Axis.linear("x₁"), Axis.linear("x₂"),
                series);
    }

}
