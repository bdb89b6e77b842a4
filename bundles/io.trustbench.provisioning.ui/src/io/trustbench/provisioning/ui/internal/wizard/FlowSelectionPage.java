package io.trustbench.provisioning.ui.internal.wizard;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.trustbench.provisioning.core.flow.FlowRegistry;

/**
 * Every flow contributed to {@code io.trustbench.provisioning.core.flows}, read from the registry
 * when the page opens: a vendor's flow is listed (and gets this wizard) without UI code.
 */
final class FlowSelectionPage extends WizardPage {

	/** Data key tests use to find the flow table. */
	static final String TABLE_KEY = "io.trustbench.provisioning.ui.flows";

	private final FlowWizardModel model;
	private TableViewer viewer;
	private Label description;

	FlowSelectionPage(FlowWizardModel model) {
		super("flows");
		this.model = model;
		setTitle(Messages.Selection_title);
		setDescription(Messages.Selection_description);
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		composite.setLayout(new GridLayout(1, false));
		viewer = new TableViewer(composite, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setData(TABLE_KEY, Boolean.TRUE);
		column(Messages.Selection_flow, 300, d -> d.label());
		column(Messages.Selection_id, 90, d -> d.id());
		column(Messages.Selection_contributor, 220, d -> d.contributor());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		List<FlowRegistry.Descriptor> flows = FlowRegistry.flows();
		viewer.setInput(flows);
		GridDataFactory.fillDefaults().grab(true, true).hint(600, 200).applyTo(viewer.getTable());
		description = new Label(composite, SWT.WRAP);
		description.setData(TABLE_KEY, "description");
		GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(description);
		viewer.addSelectionChangedListener(e -> select((FlowRegistry.Descriptor) ((IStructuredSelection) e.getSelection()).getFirstElement()));
		viewer.addDoubleClickListener(e -> {
			if (isPageComplete()) {
				getContainer().showPage(getNextPage());
			}
		});
		if (flows.isEmpty()) {
			setErrorMessage(Messages.Selection_none);
		}
		setControl(composite);
	}

	private void column(String title, int width, java.util.function.Function<FlowRegistry.Descriptor, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(ColumnLabelProvider.createTextProvider(e -> text.apply((FlowRegistry.Descriptor) e)));
	}

	/** The contribution's one sentence, or else the flow's own paragraph (built-in flows give only that). */
	private String describe(FlowRegistry.Descriptor flow) {
		if (!flow.description().isBlank()) {
			return flow.description();
		}
		try {
			return model.flow().description();
		} catch (Exception | LinkageError e) {
			return ""; // the intro page says what is wrong with it
		}
	}

	private void select(FlowRegistry.Descriptor flow) {
		model.setDescriptor(flow);
		description.setText(flow == null ? "" : describe(flow));
		description.getParent().layout();
		setPageComplete(flow != null);
		getWizard().getContainer().updateTitleBar();
	}
}
