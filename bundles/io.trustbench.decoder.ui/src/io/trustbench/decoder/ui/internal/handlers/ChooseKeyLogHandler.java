package io.trustbench.decoder.ui.internal.handlers;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.decoder.ui.internal.editor.CaptureEditor;

/** Key Log…: chooses the NSS key log of the active capture editor, which then decodes again. */
public final class ChooseKeyLogHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor instanceof CaptureEditor capture) {
			capture.chooseKeyLog();
		}
		return null;
	}
}
