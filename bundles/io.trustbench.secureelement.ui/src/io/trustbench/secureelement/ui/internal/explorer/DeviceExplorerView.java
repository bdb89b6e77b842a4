package io.trustbench.secureelement.ui.internal.explorer;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.DelegatingStyledCellLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.eclipse.ui.views.properties.IPropertySheetPage;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.kit.TransportContext;
import io.trustbench.secureelement.ui.SecureElementUi;
import io.trustbench.secureelement.ui.internal.properties.OrderedPropertySheetPage;
import io.trustbench.ui.TrustbenchPreferences;

/**
 * Device Explorer: transports → kits → configuration zone and slots of their chips. Selecting a
 * node fills the Properties view (through {@code IPropertySource} adapters); the context menu and
 * toolbar carry Refresh and the chip operations, which run as jobs (one scheduling rule per
 * device). Kits plugged in or pulled out appear and disappear by themselves ({@link DeviceWatcher}).
 */
public final class DeviceExplorerView extends ViewPart {

	public static final String ID = SecureElementUi.EXPLORER_VIEW_ID;
	/** Data key tests use to find the tree widget. */
	public static final String TREE_KEY = "io.trustbench.secureelement.ui.explorer.tree"; //$NON-NLS-1$
	/** How often the watcher enumerates transports for plugged or removed kits. */
	static final long WATCH_INTERVAL_MILLIS = 2000;

	private TreeViewer viewer;
	private ExplorerModel model;
	private DeviceWatcher watcher;
	private final Consumer<ExplorerNode> modelListener = this::modelChanged;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		ExplorerImages images = new ExplorerImages(viewer.getControl());
		viewer.setContentProvider(new ExplorerContentProvider());
		viewer.setLabelProvider(new DelegatingStyledCellLabelProvider(new ExplorerLabelProvider(images)) {
			@Override
			public String getToolTipText(Object element) {
				return ExplorerLabels.tooltip(element);
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setUseHashlookup(true);
		viewer.setAutoExpandLevel(2);
		viewer.getTree().setData(TREE_KEY, Boolean.TRUE);
		viewer.addDoubleClickListener(event -> {
			Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
			if (element != null && viewer.isExpandable(element)) {
				viewer.setExpandedState(element, !viewer.getExpandedState(element));
			}
		});
		getSite().setSelectionProvider(viewer);

		MenuManager menu = new MenuManager("#PopupMenu", ID + ".popup"); //$NON-NLS-1$ //$NON-NLS-2$
		menu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu(ID + ".popup", menu, viewer); //$NON-NLS-1$

		IWorkbenchSiteProgressService progress = getSite().getService(IWorkbenchSiteProgressService.class);
		if (progress != null) {
			progress.showBusyForFamily(ExplorerModel.JOB_FAMILY);
		}
		connect(createModel());
	}

	/**
	 * Scans the transports again and re-reads every chip. If the workspace changed (preference or
	 * {@link WorkspaceLocation#set}), the explorer switches to that workspace's emulated kits.
	 */
	public void refresh() {
		if (!WorkspaceLocation.get().equals(model.workspace())) {
			disconnect();
			connect(createModel());
			return;
		}
		watcher.retryBrokenTransports();
		model.rescan();
	}

	private static ExplorerModel createModel() {
		Path workspace = WorkspaceLocation.get();
		boolean timing = TrustbenchPreferences.store().getBoolean(TrustbenchPreferences.EMULATOR_TIMING);
		DeviceManager devices = DeviceManager
				.forContext(new TransportContext(workspace, TransportContext.DEFAULT_TIMEOUT, timing));
		return new ExplorerModel(devices, workspace);
	}

	private void connect(ExplorerModel newModel) {
		model = newModel;
		model.addListener(modelListener);
		viewer.setInput(model);
		model.rescan();
		watcher = new DeviceWatcher(model, WATCH_INTERVAL_MILLIS);
		watcher.start();
	}

	private void disconnect() {
		watcher.stop();
		model.dispose();
	}

	/** Called on any thread; the tree is updated on the UI thread, and the Properties view with it. */
	private void modelChanged(ExplorerNode node) {
		Display display = viewer.getControl().isDisposed() ? null : viewer.getControl().getDisplay();
		if (display == null) {
			return;
		}
		display.asyncExec(() -> {
			if (viewer.getControl().isDisposed() || viewer.getInput() != modelOf(node)) {
				return;
			}
			if (node == null) {
				viewer.refresh(true);
			} else {
				viewer.refresh(node, true);
			}
			// Re-announce the selection so the Properties view shows what was just read.
			viewer.setSelection(viewer.getSelection());
		});
	}

	private Object modelOf(ExplorerNode node) {
		return node == null ? viewer.getInput() : node.device() == null ? viewer.getInput() : node.device().model();
	}

	public TreeViewer viewer() {
		return viewer;
	}

	public ExplorerModel model() {
		return model;
	}

	/** Properties in the decoders' order, not alphabetical. */
	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == IPropertySheetPage.class) {
			return adapter.cast(new OrderedPropertySheetPage());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	@Override
	public void dispose() {
		if (watcher != null) {
			disconnect();
		}
		super.dispose();
	}
}
