package io.trustbench.awsiot.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.trustbench.provisioning.core.console.Listing;

/**
 * One resource kind as a table with the actions that apply to the selected row, and optionally a
 * detail pane (a policy's document). A notice line above the table says what the table cannot:
 * not connected, none, an error, or "not supported by this endpoint" when the list call is missing.
 */
final class ResourceTab<T> {

	/** A column: header, width and the cell text of a row. */
	record Column<T>(String header, int width, Function<T, String> text) {
	}

	/** A button acting on the selected row; {@code confirm} null means no confirmation needed. */
	record RowAction<T>(String label, Function<T, String> confirm, ActionRunner<T> run) {
	}

	@FunctionalInterface
	interface ActionRunner<T> {
		org.eclipse.core.runtime.IStatus run(T row, org.eclipse.core.runtime.IProgressMonitor monitor);
	}

	private final Class<T> type;
	private final Composite control;
	private final Label notice;
	private final TableViewer viewer;
	private final Text detail;
	private final List<Button> buttons = new ArrayList<>();

	ResourceTab(Composite parent, Class<T> type, List<Column<T>> columns, List<RowAction<T>> actions,
			Function<T, String> detailText, BiConsumer<RowAction<T>, T> onAction) {
		this.type = type;
		control = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(control);
		notice = new Label(control, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(notice);
		Composite body = detailText == null ? control : new SashForm(control, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column<T> column : columns) {
			TableViewerColumn c = new TableViewerColumn(viewer, SWT.LEFT);
			c.getColumn().setText(column.header());
			c.getColumn().setWidth(column.width());
			c.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					String text = column.text().apply(type.cast(element));
					return text == null ? "" : text;
				}
			});
		}
		if (detailText != null) {
			detail = new Text(body, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
			detail.setFont(org.eclipse.jface.resource.JFaceResources.getTextFont());
			((SashForm) body).setWeights(55, 45);
			viewer.addSelectionChangedListener(e -> detail.setText(selected().map(detailText).orElse("")));
		} else {
			detail = null;
		}
		if (!actions.isEmpty()) {
			Composite bar = new Composite(control, SWT.NONE);
			GridLayoutFactory.fillDefaults().numColumns(actions.size()).applyTo(bar);
			for (RowAction<T> action : actions) {
				Button button = new Button(bar, SWT.PUSH);
				button.setText(action.label());
				button.setEnabled(false);
				button.addListener(SWT.Selection, e -> selected().ifPresent(row -> onAction.accept(action, row)));
				buttons.add(button);
			}
			viewer.addSelectionChangedListener(e -> buttons.forEach(b -> b.setEnabled(selected().isPresent())));
		}
	}

	Composite control() {
		return control;
	}

	TableViewer viewer() {
		return viewer;
	}

	List<Button> buttons() {
		return buttons;
	}

	Optional<T> selected() {
		Object first = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return type.isInstance(first) ? Optional.of(type.cast(first)) : Optional.empty();
	}

	void show(Listing<T> listing) {
		viewer.setInput(listing.rows());
		showNotice(listing.unsupported().orElse(listing.rows().isEmpty() ? Messages.notice_none : ""));
		if (detail != null) {
			detail.setText("");
		}
		buttons.forEach(b -> b.setEnabled(false));
	}

	void showMessage(String message) {
		viewer.setInput(List.of());
		showNotice(message);
		buttons.forEach(b -> b.setEnabled(false));
	}

	String notice() {
		return notice.getText();
	}

	/** The notice line takes no room when there is nothing to say. */
	private void showNotice(String text) {
		notice.setText(text);
		((org.eclipse.swt.layout.GridData) notice.getLayoutData()).exclude = text.isEmpty();
		notice.setVisible(!text.isEmpty());
		control.layout(true, true);
	}
}
