package io.trustbench.pki.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.pki.ui.CertificateEditors;

/** File > Open Certificate…: one inspector per chosen file. */
public final class OpenCertificateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		for (Path file : FileDialogs.openMany(window.getShell(), Messages.OpenCertificateHandler_title)) {
			try {
				CertificateEditors.open(window.getActivePage(), file);
			} catch (PartInitException e) {
				throw new ExecutionException(e.getMessage(), e);
			}
		}
		return null;
	}
}
