package io.trustbench.pki.ui.internal.editor;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;

import io.trustbench.pki.ui.CertificateEditors;

/**
 * Certificates that exist only in memory — read from a device's slots, rebuilt from a
 * compressed certificate. Certificates are public and small, so the input persists its bytes
 * and a device certificate's editor survives a restart even when the device is gone.
 */
public final class CertificateBytesInput implements CertificateInput, IPersistableElement {

	static final String KEY_TITLE = "title";
	static final String KEY_DATA = "data";
	static final String KEY_ORIGIN = "origin";

	private final String title;
	private final String origin;
	private final byte[] data;

	/**
	 * @param title  editor tab name
	 * @param origin where the certificates came from (tooltip), e.g. "Device Explorer: Thing kit"
	 * @param data   DER, concatenated DER, PEM or PKCS#7
	 */
	public CertificateBytesInput(String title, String origin, byte[] data) {
		this.title = title;
		this.origin = origin == null ? title : origin;
		this.data = data.clone();
	}

	@Override
	public byte[] read() {
		return data.clone();
	}

	@Override
	public Path directory() {
		return null;
	}

	public String origin() {
		return origin;
	}

	@Override
	public boolean exists() {
		return true;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return CertificateEditors.certificateIcon();
	}

	@Override
	public String getName() {
		return title;
	}

	@Override
	public IPersistableElement getPersistable() {
		return data.length <= CertificateBytesInputFactory.MAX_PERSISTED ? this : null;
	}

	@Override
	public String getToolTipText() {
		return origin;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return CertificateBytesInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(KEY_TITLE, title);
		memento.putString(KEY_ORIGIN, origin);
		memento.putString(KEY_DATA, java.util.Base64.getEncoder().encodeToString(data));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CertificateBytesInput input && input.title.equals(title)
				&& Arrays.equals(input.data, data);
	}

	@Override
	public int hashCode() {
		return title.hashCode() * 31 + Arrays.hashCode(data);
	}
}
