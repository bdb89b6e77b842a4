package io.trustbench.pki.ui.internal.handlers;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.pki.ui.internal.editor.CertificateEditor;

/** The Certificate Inspector the command applies to, if it is the active editor and shows certificates. */
final class ActiveInspector {

	private ActiveInspector() {
	}

	static CertificateEditor of(ExecutionEvent event) {
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		return editor instanceof CertificateEditor inspector && inspector.error() == null ? inspector : null;
	}
}
