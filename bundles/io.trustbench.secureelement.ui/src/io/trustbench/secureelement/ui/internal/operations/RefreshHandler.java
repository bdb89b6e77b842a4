package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.secureelement.ui.internal.explorer.DeviceExplorerView;

/** Refresh: scan every transport again and re-read the chips (the explorer's toolbar button, F5). */
public final class RefreshHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActivePart(event) instanceof DeviceExplorerView view) {
			view.refresh();
			return null;
		}
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		IViewPart view = window == null ? null : window.getActivePage().findView(DeviceExplorerView.ID);
		if (view instanceof DeviceExplorerView explorer) {
			explorer.refresh();
		}
		return null;
	}
}
