package io.trustbench.awsiot.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** Refresh on the view's toolbar: lists every resource kind again. */
public final class RefreshHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof AwsConsoleView view) {
			view.refresh();
		}
		return null;
	}
}
