package io.trustbench.pki.ui.internal.editor;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.ui.CertificateEditors;
import io.trustbench.pki.ui.internal.model.CertificateStatus;
import io.trustbench.pki.ui.internal.model.InspectorFields;
import io.trustbench.pki.ui.internal.model.TrustAnchors;

/**
 * The certificates of the file in file order, each with its own validation verdict (icon and
 * the failed check), and a line naming the trust anchors the verdicts rest on.
 */
public final class ChainPanel {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

	private final Composite control;
	private final TableViewer viewer;
	private final Label anchorLabel;
	private final LocalResourceManager resources;
	private List<CertificateStatus> statuses = List.of();

	public ChainPanel(Composite parent, Consumer<CertificateModel> selected) {
		control = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		grid.verticalSpacing = 2;
		control.setLayout(grid);
		resources = new LocalResourceManager(org.eclipse.jface.resource.JFaceResources.getResources(), control);

		viewer = new TableViewer(control, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setData(InspectorWidgets.KEY, InspectorWidgets.CHAIN);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(Messages.ChainPanel_subject, 360, s -> s.certificate().subject(), true);
		column(Messages.ChainPanel_issuer, 320, s -> s.certificate().issuer(), false);
		column(Messages.ChainPanel_expires, 200, s -> DATE.format(s.certificate().notAfter()) + " ("
				+ InspectorFields.daysLeft(s.certificate(), Instant.now()) + ")", false);
		column(Messages.ChainPanel_status, 420, CertificateStatus::message, false);
		viewer.addSelectionChangedListener(event -> {
			Object first = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (first instanceof CertificateStatus status) {
				selected.accept(status.certificate());
			}
		});

		anchorLabel = new Label(control, SWT.NONE);
		anchorLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		anchorLabel.setData(InspectorWidgets.KEY, InspectorWidgets.ANCHOR);
	}

	public Composite control() {
		return control;
	}

	/** Tall enough for every certificate of a usual chain (up to six rows), then it scrolls. */
	public GridData layoutData(int certificates) {
		Table table = viewer.getTable();
		int rows = Math.max(1, Math.min(certificates, 6));
		GridData data = new GridData(SWT.FILL, SWT.BEGINNING, true, false);
		data.heightHint = table.getHeaderHeight() + rows * table.getItemHeight() + 2 * table.getBorderWidth()
				+ anchorLabel.computeSize(SWT.DEFAULT, SWT.DEFAULT).y + 6;
		return data;
	}

	public TableViewer viewer() {
		return viewer;
	}

	public List<CertificateStatus> statuses() {
		return statuses;
	}

	/** Shows new verdicts, keeping the selected row. */
	public void setStatuses(List<CertificateStatus> newStatuses, TrustAnchors anchors) {
		int selected = viewer.getTable().getSelectionIndex();
		statuses = List.copyOf(newStatuses);
		viewer.setInput(statuses);
		anchorLabel.setText(NLS.bind(Messages.ChainPanel_anchors, anchors.description()));
		anchorLabel.setToolTipText(anchors.description());
		if (!statuses.isEmpty()) {
			select(selected < 0 || selected >= statuses.size() ? 0 : selected);
		}
	}

	public void select(int index) {
		viewer.setSelection(new StructuredSelection(statuses.get(index)), true);
	}

	/** The index of the selected certificate, or -1. */
	public int selectionIndex() {
		return viewer.getTable().getSelectionIndex();
	}

	private void column(String title, int width, Function<CertificateStatus, String> text, boolean withIcon) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((CertificateStatus) element);
			}

			@Override
			public Image getImage(Object element) {
				return withIcon ? icon(((CertificateStatus) element).verdict()) : null;
			}

			@Override
			public String getToolTipText(Object element) {
				return ((CertificateStatus) element).message();
			}
		});
	}

	private Image icon(CertificateStatus.Verdict verdict) {
		String file = switch (verdict) {
		case VALID -> "icons/valid16.png";
		case FAILED -> "icons/failed16.png";
		case UNKNOWN -> "icons/unchecked16.png";
		};
		ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(CertificateEditors.PLUGIN_ID, file)
				.orElse(ImageDescriptor.getMissingImageDescriptor());
		return resources.create(descriptor);
	}
}
