package io.trustbench.provisioning.ui.internal.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowStep;

/**
 * The steps of a run with a status icon, outcome and duration, as the run page and the summary
 * show them. UI thread only; {@link RunEvents} brings the runner's events here.
 */
public final class StepTable {

	/** Data key tests use to find the table. */
	public static final String TABLE_KEY = "io.trustbench.provisioning.ui.steps";

	private final TableViewer viewer;
	private final RunImages images;
	private final List<StepRow> rows = new ArrayList<>();

	public StepTable(Composite parent, String key) {
		Composite holder = new Composite(parent, SWT.NONE);
		TableColumnLayout layout = new TableColumnLayout();
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(TABLE_KEY, key);
		images = new RunImages(table);
		column(layout, Messages.Steps_step, 45, new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ((StepRow) element).step().label();
			}

			@Override
			public Image getImage(Object element) {
				return images.forState(((StepRow) element).state());
			}

			@Override
			public String getToolTipText(Object element) {
				return ((StepRow) element).step().explanation();
			}
		});
		column(layout, Messages.Steps_outcome, 40, ColumnLabelProvider.createTextProvider(e -> outcome((StepRow) e)));
		column(layout, Messages.Steps_duration, 15, ColumnLabelProvider.createTextProvider(e -> duration((StepRow) e)));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		org.eclipse.jface.viewers.ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setInput(rows);
	}

	private void column(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.setLabelProvider(labels);
		layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60));
	}

	/** The composite holding the table, for layout data. */
	public Composite control() {
		return viewer.getTable().getParent();
	}

	public Table table() {
		return viewer.getTable();
	}

	public List<StepRow> rows() {
		return List.copyOf(rows);
	}

	public void plan(List<FlowStep> steps) {
		rows.clear();
		steps.forEach(step -> rows.add(new StepRow(step)));
		viewer.refresh();
	}

	public void started(FlowStep step) {
		row(step).ifPresent(row -> {
			row.started();
			viewer.update(row, null);
			viewer.reveal(row);
		});
	}

	public void ended(FlowRunner.StepResult result) {
		row(result.step()).ifPresent(row -> {
			row.ended(result);
			viewer.update(row, null);
		});
	}

	/** The final outcome of every step, including those the runner never started. */
	public void finished(FlowRunner.Result result) {
		result.steps().forEach(this::ended);
	}

	/** Copies the rows of another table (the summary repeats the run's outcome). */
	public void show(List<StepRow> others) {
		rows.clear();
		rows.addAll(others);
		viewer.refresh();
		viewer.getTable().deselectAll();
	}

	private Optional<StepRow> row(FlowStep step) {
		return rows.stream().filter(r -> r.step().id().equals(step.id())).findFirst();
	}

	static String outcome(StepRow row) {
		return switch (row.state()) {
		case PENDING -> "";
		case RUNNING -> Messages.Steps_running;
		case DONE -> Messages.Steps_done;
		case ALREADY_DONE -> Messages.Steps_alreadyDone;
		case FAILED -> row.message();
		case NOT_RUN -> Messages.Steps_notRun;
		};
	}

	static String duration(StepRow row) {
		if (row.millis() < 0 || row.state() == StepRow.State.NOT_RUN) {
			return "";
		}
		return row.millis() < 1000 ? row.millis() + " ms"
				: String.format(java.util.Locale.ROOT, "%.1f s", row.millis() / 1000.0);
	}
}
