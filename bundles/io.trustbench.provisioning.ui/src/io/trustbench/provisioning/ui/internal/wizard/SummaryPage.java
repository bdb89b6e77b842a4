package io.trustbench.provisioning.ui.internal.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.trustbench.provisioning.ui.internal.run.RunImages;
import io.trustbench.provisioning.ui.internal.run.StepRow;
import io.trustbench.provisioning.ui.internal.run.StepTable;

/**
 * The end of a run: what happened to each step and the flow's results (CA id, thing name,
 * certificate id, endpoint…), which the user can copy for the AWS console or a script.
 */
final class SummaryPage extends WizardPage {

	/** Data key on the page's controls, valued with their role. */
	static final String PART_KEY = "io.trustbench.provisioning.ui.summary";

	private Label headline;
	private StepTable steps;
	private TableViewer values;
	private List<Map.Entry<String, String>> rows = List.of();

	SummaryPage() {
		super("summary");
		setTitle(Messages.Summary_title);
		setDescription(Messages.Summary_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(composite);
		headline = new Label(composite, SWT.WRAP);
		headline.setData(PART_KEY, "headline");
		headline.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(headline);
		steps = new StepTable(composite, "summary");
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 150).applyTo(steps.control());
		values = new TableViewer(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		values.getTable().setHeaderVisible(true);
		values.getTable().setLinesVisible(true);
		values.getTable().setData(PART_KEY, "values");
		column(Messages.Summary_key, 190, e -> e.getKey());
		column(Messages.Summary_value, 420, e -> e.getValue());
		values.setContentProvider(ArrayContentProvider.getInstance());
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 150).applyTo(values.getTable());
		values.getTable().addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copy(selected());
			}
		});
		createButtons(composite);
		setControl(composite);
	}

	private void createButtons(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
		RunImages images = new RunImages(row);
		Button copyAll = new Button(row, SWT.PUSH);
		copyAll.setText(Messages.Summary_copyAll);
		copyAll.setImage(images.get(RunImages.COPY));
		copyAll.setData(PART_KEY, "copyAll");
		copyAll.addListener(SWT.Selection, e -> copy(all()));
		Button copyValue = new Button(row, SWT.PUSH);
		copyValue.setText(Messages.Summary_copyValue);
		copyValue.setData(PART_KEY, "copyValue");
		copyValue.addListener(SWT.Selection, e -> copy(selected()));
	}

	@SuppressWarnings("unchecked")
	private void column(String title, int width, java.util.function.Function<Map.Entry<String, String>, String> text) {
		TableViewerColumn column = new TableViewerColumn(values, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((Map.Entry<String, String>) e)));
	}

	void show(String line, List<StepRow> stepRows, Map<String, String> summary) {
		headline.setText(line);
		steps.show(stepRows);
		rows = new ArrayList<>(summary.entrySet());
		values.setInput(rows);
		headline.getParent().layout(true, true);
		setPageComplete(true);
	}

	/** The results as "key: value" lines, after the headline. */
	String all() {
		StringBuilder text = new StringBuilder(headline.getText()).append(System.lineSeparator());
		rows.forEach(e -> text.append(e.getKey()).append(": ").append(e.getValue()).append(System.lineSeparator()));
		return text.toString();
	}

	/** The selected values, one a line; nothing selected: all of them. */
	private String selected() {
		List<?> chosen = ((IStructuredSelection) values.getSelection()).toList();
		if (chosen.isEmpty()) {
			return all();
		}
		StringBuilder text = new StringBuilder();
		for (Object entry : chosen) {
			text.append(((Map.Entry<?, ?>) entry).getValue()).append(System.lineSeparator());
		}
		return text.toString().strip();
	}

	private void copy(String text) {
		Clipboard clipboard = new Clipboard(getShell().getDisplay());
		try {
			clipboard.setContents(new Object[] { text }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			clipboard.dispose();
		}
	}
}
