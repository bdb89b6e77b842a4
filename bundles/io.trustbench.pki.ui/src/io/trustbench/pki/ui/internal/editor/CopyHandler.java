package io.trustbench.pki.ui.internal.editor;

import java.util.function.Supplier;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * Edit > Copy (Ctrl+C) in the inspector: selected text in the hex, PEM or Text pane as is;
 * otherwise the selected field or ASN.1 element as one "name: value" text.
 */
final class CopyHandler extends AbstractHandler {

	private final Supplier<String> selectionText;

	CopyHandler(Supplier<String> selectionText) {
		this.selectionText = selectionText;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Display display = Display.getCurrent();
		Control focus = display.getFocusControl();
		if (focus instanceof StyledText text && text.getSelectionCount() > 0) {
			text.copy();
			return null;
		}
		String content = selectionText.get();
		if (content != null && !content.isEmpty()) {
			Clipboard clipboard = new Clipboard(display);
			try {
				clipboard.setContents(new Object[] { content }, new Transfer[] { TextTransfer.getInstance() });
			} finally {
				clipboard.dispose();
			}
		}
		return null;
	}
}
