package io.trustbench.pki.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** Certificate file dialogs that start where the user last was. */
final class FileDialogs {

	static final String[] CERTIFICATE_FILTERS = { "*.pem;*.crt;*.cer;*.der;*.p7b;*.p7c", "*.*" };

	private static String lastDirectory;

	private FileDialogs() {
	}

	/** Asks for one certificate file; null when cancelled. */
	static Path openOne(Shell shell, String title, Path startIn) {
		FileDialog dialog = open(shell, title, SWT.OPEN, startIn);
		String chosen = dialog.open();
		return chosen == null ? null : remember(Path.of(chosen));
	}

	/** Asks for certificate files; empty when cancelled. */
	static Path[] openMany(Shell shell, String title) {
		FileDialog dialog = open(shell, title, SWT.OPEN | SWT.MULTI, null);
		if (dialog.open() == null) {
			return new Path[0];
		}
		String[] names = dialog.getFileNames();
		Path[] result = new Path[names.length];
		for (int i = 0; i < names.length; i++) {
			result[i] = remember(Path.of(dialog.getFilterPath(), names[i]));
		}
		return result;
	}

	static FileDialog open(Shell shell, String title, int style, Path startIn) {
		FileDialog dialog = new FileDialog(shell, style);
		dialog.setText(title);
		dialog.setFilterExtensions(CERTIFICATE_FILTERS);
		dialog.setFilterNames(new String[] { Messages.FileDialogs_certificates, Messages.FileDialogs_all });
		String directory = startIn != null ? startIn.toString() : lastDirectory;
		if (directory != null) {
			dialog.setFilterPath(directory);
		}
		return dialog;
	}

	static Path remember(Path file) {
		if (file.getParent() != null) {
			lastDirectory = file.getParent().toString();
		}
		return file;
	}
}
