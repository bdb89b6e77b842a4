package io.trustbench.pki.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.ui.internal.compare.CompareDialog;
import io.trustbench.pki.ui.internal.editor.CertificateEditor;

/**
 * Compare…: the inspector's selected certificate against the first certificate of another file;
 * without an active inspector, the first certificates of two chosen files.
 */
public final class CompareCertificatesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		CertificateEditor inspector = ActiveInspector.of(event);
		CertificateModel left;
		String leftName;
		Path startIn = null;
		if (inspector != null && inspector.selectedCertificate() != null) {
			left = inspector.selectedCertificate();
			leftName = inspector.getEditorInput().getName();
			startIn = inspector.directory();
		} else {
			Path file = FileDialogs.openOne(shell, Messages.CompareCertificatesHandler_first, null);
			left = file == null ? null : read(shell, file);
			leftName = file == null ? null : file.getFileName().toString();
		}
		if (left == null) {
			return null;
		}
		Path other = FileDialogs.openOne(shell, NLS.bind(Messages.CompareCertificatesHandler_second, leftName), startIn);
		CertificateModel right = other == null ? null : read(shell, other);
		if (right == null) {
			return null;
		}
		CompareDialog dialog = new CompareDialog(shell, leftName, left, other.getFileName().toString(), right);
		dialog.open();
		return null;
	}

	private static CertificateModel read(Shell shell, Path file) {
		try {
			List<CertificateModel> certificates = CertificateReader.read(file);
			return certificates.get(0);
		} catch (IOException | CertificateParseException e) {
			MessageDialog.openError(shell, Messages.CompareCertificatesHandler_title,
					NLS.bind(Messages.CompareCertificatesHandler_failed, file.getFileName(), e.getMessage()));
			return null;
		}
	}
}
