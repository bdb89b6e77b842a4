package io.trustbench.pki.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.ui.internal.editor.CertificateEditor;
import io.trustbench.pki.ui.internal.model.TrustAnchors;

/** Trust Anchor…: validate the inspector's certificates against roots read from a file the user picks. */
public final class ChooseTrustAnchorHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		CertificateEditor inspector = ActiveInspector.of(event);
		if (inspector == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		Path file = FileDialogs.openOne(shell, Messages.ChooseTrustAnchorHandler_title, inspector.directory());
		if (file == null) {
			return null;
		}
		try {
			inspector.setTrustAnchors(TrustAnchors.chosen(file));
		} catch (IOException | CertificateParseException e) {
			MessageDialog.openError(shell, Messages.ChooseTrustAnchorHandler_title,
					NLS.bind(Messages.ChooseTrustAnchorHandler_failed, file.getFileName(), e.getMessage()));
		}
		return null;
	}
}
