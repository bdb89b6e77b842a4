package io.trustbench.ui.internal.about;

import java.util.Map;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

import io.trustbench.cli.internal.Versions;

/** Trustbench, Java and library versions, the same list as {@code ./trustbench version}. */
public final class AboutDialog extends Dialog {

	public static final String TABLE_KEY = "io.trustbench.ui.about.table";

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText("About Trustbench");
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		Label intro = new Label(area, SWT.WRAP);
		intro.setText("Trustbench — a workbench for hardware-rooted device identity: secure elements, "
				+ "their PKI, TLS handshakes and AWS IoT registration.");
		GridDataFactory.fillDefaults().grab(true, false).hint(460, SWT.DEFAULT).applyTo(intro);
		Table table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION);
		table.setData(TABLE_KEY, Boolean.TRUE);
		table.setHeaderVisible(true);
		new TableColumn(table, SWT.LEFT).setText("Component");
		new TableColumn(table, SWT.LEFT).setText("Version");
		for (Map.Entry<String, String> version : Versions.collect().entrySet()) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { version.getKey(), version.getValue() });
		}
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 240).applyTo(table);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, IDialogConstants.CLOSE_LABEL, true);
	}
}
