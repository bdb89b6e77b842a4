package io.trustbench.pki.ui.internal.editor;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;

/** Recreates a {@link CertificateFileInput} when the workbench restores its editors. */
public final class CertificateFileInputFactory implements IElementFactory {

	public static final String ID = "io.trustbench.pki.ui.certificateFileInputFactory";

	@Override
	public IAdaptable createElement(IMemento memento) {
		String path = memento.getString(CertificateFileInput.KEY_PATH);
		if (path == null) {
			return null;
		}
		try {
			// A file deleted since the last session still restores; the editor then says it is missing.
			return new CertificateFileInput(Path.of(path));
		} catch (InvalidPathException e) {
			return null;
		}
	}
}
