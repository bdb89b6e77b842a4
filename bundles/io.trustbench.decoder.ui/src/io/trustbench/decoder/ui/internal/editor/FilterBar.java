package io.trustbench.decoder.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * The display-filter box (Enter or Apply runs it, an empty box shows everything), the inline
 * error line under it, the key-log button and the capture's status line.
 */
final class FilterBar {

	static final String FILTER_KEY = "io.trustbench.decoder.ui.filter";
	static final String ERROR_KEY = "io.trustbench.decoder.ui.filterError";
	static final String STATUS_KEY = "io.trustbench.decoder.ui.status";
	static final String KEY_LOG_KEY = "io.trustbench.decoder.ui.keyLogButton";

	/** Wireshark's pink for a filter that does not parse (Colors need no disposal since SWT 3.116). */
	private static final org.eclipse.swt.graphics.Color ERROR_BACKGROUND = new org.eclipse.swt.graphics.Color(255, 175, 175);

	private final Composite control;
	private final Text filter;
	private final Label error;
	private final Label status;
	private final Button keyLog;

	FilterBar(Composite parent, Consumer<String> apply, Runnable chooseKeyLog) {
		control = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(4, false);
		grid.marginHeight = 2;
		grid.marginWidth = 2;
		control.setLayout(grid);
		Label label = new Label(control, SWT.NONE);
		label.setText(Messages.FilterBar_label);
		filter = new Text(control, SWT.SINGLE | SWT.BORDER | SWT.SEARCH | SWT.ICON_CANCEL);
		filter.setMessage(Messages.FilterBar_hint);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.setData(FILTER_KEY, this);
		filter.addListener(SWT.DefaultSelection, e -> apply.accept(filter.getText()));
		Button applyButton = new Button(control, SWT.PUSH);
		applyButton.setText(Messages.FilterBar_apply);
		applyButton.addListener(SWT.Selection, e -> apply.accept(filter.getText()));
		keyLog = new Button(control, SWT.PUSH);
		keyLog.setText(Messages.FilterBar_keyLog);
		keyLog.setToolTipText(Messages.FilterBar_keyLogTooltip);
		keyLog.setData(KEY_LOG_KEY, this);
		keyLog.addListener(SWT.Selection, e -> chooseKeyLog.run());
		// second row: the filter error on the left (red), the capture's status on the right
		Composite line = new Composite(control, SWT.NONE);
		GridLayout lineGrid = new GridLayout(2, false);
		lineGrid.marginHeight = 0;
		lineGrid.marginWidth = 0;
		line.setLayout(lineGrid);
		line.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
		error = new Label(line, SWT.NONE);
		error.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_RED));
		error.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		error.setData(ERROR_KEY, this);
		status = new Label(line, SWT.RIGHT);
		status.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		status.setData(STATUS_KEY, this);
	}

	Composite control() {
		return control;
	}

	Text filterText() {
		return filter;
	}

	void setFilterText(String text) {
		filter.setText(text);
	}

	/** Shows a filter error in red under the box; null clears it. */
	void setError(String message) {
		error.setText(message == null ? "" : message);
		filter.setBackground(message == null ? null : ERROR_BACKGROUND);
		control.layout(true, true);
	}

	String error() {
		return error.getText();
	}

	void setStatus(String text) {
		status.setText(text);
		control.layout(true, true);
	}

	String status() {
		return status.getText();
	}
}
