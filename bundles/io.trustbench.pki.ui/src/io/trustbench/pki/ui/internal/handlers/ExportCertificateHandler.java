package io.trustbench.pki.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.pki.ui.internal.editor.CertificateEditor;
import io.trustbench.pki.ui.internal.model.ExportFormat;

/**
 * Export…: the selected certificate as PEM or DER, or all certificates of the inspector as a
 * PKCS#7 chain or a PEM bundle; the format is the file dialog's filter.
 */
public final class ExportCertificateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		CertificateEditor inspector = ActiveInspector.of(event);
		if (inspector == null || inspector.selectedCertificate() == null) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShellChecked(event);
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText(Messages.ExportCertificateHandler_title);
		dialog.setFilterExtensions(new String[] { "*.pem", "*.der;*.cer", "*.p7b", "*.pem" });
		dialog.setFilterNames(new String[] { Messages.ExportCertificateHandler_pem,
				Messages.ExportCertificateHandler_der, Messages.ExportCertificateHandler_pkcs7,
				Messages.ExportCertificateHandler_pemChain });
		dialog.setOverwrite(true);
		if (inspector.directory() != null) {
			dialog.setFilterPath(inspector.directory().toString());
		}
		dialog.setFileName(suggestedName(inspector));
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		ExportFormat format = ExportFormat.values()[Math.max(0, dialog.getFilterIndex())];
		Path target = withExtension(Path.of(chosen), format);
		try {
			inspector.export(format, target);
		} catch (IOException e) {
			MessageDialog.openError(shell, Messages.ExportCertificateHandler_title,
					NLS.bind(Messages.ExportCertificateHandler_failed, target, e.getMessage()));
		}
		return null;
	}

	static Path withExtension(Path file, ExportFormat format) {
		String name = file.getFileName().toString();
		return name.contains(".") ? file : file.resolveSibling(name + "." + format.extension());
	}

	private static String suggestedName(CertificateEditor inspector) {
		String name = inspector.getEditorInput().getName().replaceAll("[^A-Za-z0-9._-]+", "_");
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
