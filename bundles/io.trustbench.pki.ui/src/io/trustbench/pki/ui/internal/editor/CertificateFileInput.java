package io.trustbench.pki.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.ui.CertificateEditors;

/**
 * A certificate file on disk. The product has no resources plug-in, so this is a plain
 * {@link IPathEditorInput}; it persists its path so the editor reopens after a restart.
 */
public final class CertificateFileInput implements CertificateInput, IPathEditorInput, IPersistableElement {

	static final String KEY_PATH = "path";

	private final Path file;

	public CertificateFileInput(Path file) {
		this.file = file.toAbsolutePath().normalize();
	}

	public Path file() {
		return file;
	}

	@Override
	public byte[] read() throws IOException {
		long size = Files.size(file);
		if (size > CertificateReader.MAX_INPUT) {
			throw new IOException(file.getFileName() + " is " + size + " bytes, too large for a certificate file");
		}
		return Files.readAllBytes(file);
	}

	@Override
	public Path directory() {
		return file.getParent();
	}

	@Override
	public IPath getPath() {
		return IPath.fromPath(file);
	}

	@Override
	public boolean exists() {
		return Files.isRegularFile(file);
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return CertificateEditors.certificateIcon();
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return this;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}

	@Override
	public String getFactoryId() {
		return CertificateFileInputFactory.ID;
	}

	@Override
	public void saveState(IMemento memento) {
		memento.putString(KEY_PATH, file.toString());
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CertificateFileInput input && input.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
