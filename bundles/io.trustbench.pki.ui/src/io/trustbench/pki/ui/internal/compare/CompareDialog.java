package io.trustbench.pki.ui.internal.compare;

import java.time.Instant;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.ui.internal.editor.InspectorWidgets;
import io.trustbench.pki.ui.internal.model.CertificateComparison;
import io.trustbench.pki.ui.internal.model.CertificateComparison.Row;

/** Two certificates' fields side by side; rows that differ are tinted and bold. */
public final class CompareDialog extends Dialog {

	/** Background of differing rows: a light red that stays readable with dark text. */
	public static final RGB DIFFERENT = new RGB(255, 222, 222);

	private final String leftName;
	private final String rightName;
	private final List<Row> rows;
	private Table table;
	private Button onlyDifferences;
	private Color different;

	public CompareDialog(Shell parent, String leftName, CertificateModel left, String rightName,
			CertificateModel right) {
		super(parent);
		this.leftName = leftName;
		this.rightName = rightName;
		this.rows = CertificateComparison.compare(left, right, Instant.now());
		setShellStyle(getShellStyle() | SWT.RESIZE | SWT.MAX);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.CompareDialog_title, leftName, rightName));
	}

	@Override
	protected Point getInitialSize() {
		return new Point(1100, 700);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label summary = new Label(area, SWT.NONE);
		summary.setText(NLS.bind(Messages.CompareDialog_summary, CertificateComparison.differences(rows),
				rows.size()));
		summary.setData(InspectorWidgets.KEY, InspectorWidgets.COMPARE_SUMMARY);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		onlyDifferences = new Button(area, SWT.CHECK);
		onlyDifferences.setText(Messages.CompareDialog_onlyDifferences);
		onlyDifferences.addListener(SWT.Selection, event -> fill());

		table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(InspectorWidgets.KEY, InspectorWidgets.COMPARE_TABLE);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		different = new LocalResourceManager(JFaceResources.getResources(), table).create(
				org.eclipse.jface.resource.ColorDescriptor.createFrom(DIFFERENT));
		column(Messages.CompareDialog_field, 300);
		column(leftName, 380);
		column(rightName, 380);
		fill();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.CLOSE_ID) {
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	public List<Row> rows() {
		return rows;
	}

	public Table table() {
		return table;
	}

	private void fill() {
		table.removeAll();
		Font bold = JFaceResources.getFontRegistry().getBold(JFaceResources.DEFAULT_FONT);
		for (Row row : rows) {
			if (onlyDifferences.getSelection() && !row.differs()) {
				continue;
			}
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { "  ".repeat(row.depth()) + lastSegment(row.field()), row.left(),
					row.right() });
			item.setData(row);
			if (row.differs()) {
				item.setBackground(different);
				item.setFont(bold);
			}
		}
	}

	private static String lastSegment(String path) {
		int separator = path.lastIndexOf(CertificateComparison.SEPARATOR);
		return separator < 0 ? path : path.substring(separator + CertificateComparison.SEPARATOR.length());
	}

	private void column(String title, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(title);
		column.setWidth(width);
	}
}
