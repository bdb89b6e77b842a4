package io.trustbench.pki.ui.internal.handlers;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

import io.trustbench.pki.ui.CertificateEditors;

/**
 * Opens certificates handed over as a command parameter (Base64 of DER, concatenated DER,
 * PKCS#7, or PEM text), so the Device Explorer can show a device's certificates without
 * depending on this bundle. Bad parameters fail the command with one line; unreadable
 * certificates open an inspector that says what is wrong with them.
 */
public final class OpenDeviceCertificateHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		String title = event.getParameter(CertificateEditors.PARAMETER_TITLE);
		String encoded = event.getParameter(CertificateEditors.PARAMETER_CERTIFICATES);
		String origin = event.getParameter(CertificateEditors.PARAMETER_ORIGIN);
		if (encoded == null || encoded.isBlank()) {
			throw new ExecutionException(Messages.OpenDeviceCertificateHandler_noCertificates);
		}
		byte[] data = decode(encoded);
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		String name = title == null || title.isBlank() ? Messages.OpenDeviceCertificateHandler_defaultTitle : title;
		try {
			return CertificateEditors.open(window.getActivePage(), name, origin == null ? name : origin, data);
		} catch (PartInitException e) {
			throw new ExecutionException(e.getMessage(), e);
		}
	}

	/** Base64 as documented; PEM text is accepted as is because callers often hold PEM already. */
	static byte[] decode(String parameter) throws ExecutionException {
		if (parameter.contains("-----BEGIN")) {
			return parameter.getBytes(StandardCharsets.US_ASCII);
		}
		try {
			return Base64.getMimeDecoder().decode(parameter);
		} catch (IllegalArgumentException e) {
			throw new ExecutionException(Messages.OpenDeviceCertificateHandler_badBase64 + ": " + e.getMessage());
		}
	}
}
