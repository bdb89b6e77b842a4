package io.trustbench.decoder.ui.internal.handlers;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.decoder.ui.DecoderUi;
import io.trustbench.decoder.ui.internal.editor.CaptureEditorInput;

/** File > Open Capture…: picks a pcap/pcapng file and opens it in the TLS Handshake editor. */
public final class OpenCaptureHandler extends AbstractHandler {

	private static String lastDirectory;

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
		dialog.setText(Messages.OpenCapture_title);
		dialog.setFilterExtensions(new String[] { "*.pcap;*.pcapng;*.cap", "*" });
		dialog.setFilterNames(new String[] { Messages.OpenCapture_captures, Messages.OpenCapture_all });
		if (lastDirectory != null) {
			dialog.setFilterPath(lastDirectory);
		}
		String chosen = dialog.open();
		if (chosen == null) {
			return null;
		}
		Path file = Path.of(chosen);
		lastDirectory = file.toAbsolutePath().getParent().toString();
		open(window.getActivePage(), file);
		return null;
	}

	/** Opens (or activates) the editor of a capture file. */
	public static void open(IWorkbenchPage page, Path file) throws ExecutionException {
		try {
			page.openEditor(new CaptureEditorInput(file), DecoderUi.CAPTURE_EDITOR_ID);
		} catch (PartInitException e) {
			throw new ExecutionException(Messages.bind(Messages.OpenCapture_failed, file.getFileName(), e.getMessage()), e);
		}
	}
}
