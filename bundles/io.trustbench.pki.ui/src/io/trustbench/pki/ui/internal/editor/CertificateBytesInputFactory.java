package io.trustbench.pki.ui.internal.editor;

import java.util.Base64;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link CertificateBytesInput} from the bytes it saved. */
public final class CertificateBytesInputFactory implements IElementFactory {

	public static final String ID = "io.trustbench.pki.ui.certificateBytesInputFactory";
	/** Device chains are a few kilobytes; anything larger is not worth keeping in workbench.xmi. */
	static final int MAX_PERSISTED = 64 * 1024;

	@Override
	public IAdaptable createElement(IMemento memento) {
		String title = memento.getString(CertificateBytesInput.KEY_TITLE);
		String data = memento.getString(CertificateBytesInput.KEY_DATA);
		if (title == null || data == null) {
			return null;
		}
		try {
			return new CertificateBytesInput(title, memento.getString(CertificateBytesInput.KEY_ORIGIN),
					Base64.getDecoder().decode(data));
		} catch (IllegalArgumentException e) {
			return null;
		}
	}
}
