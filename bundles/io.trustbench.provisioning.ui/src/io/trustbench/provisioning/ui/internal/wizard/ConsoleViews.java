package io.trustbench.provisioning.ui.internal.wizard;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;

import io.trustbench.ui.TrustbenchUi;

/** Brings the Console view up so the kit traffic and AWS calls of a run are seen as they happen. */
final class ConsoleViews {

	private ConsoleViews() {
	}

	static void show(IWorkbenchWindow window) {
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			page.showView(TrustbenchUi.CONSOLE_VIEW_ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(ConsoleViews.class).log(e.getStatus());
		}
	}
}
