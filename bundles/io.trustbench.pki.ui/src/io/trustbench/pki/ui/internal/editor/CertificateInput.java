package io.trustbench.pki.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.ui.IEditorInput;

/** What the Certificate Inspector shows: the bytes of a file or of certificates read from a device. */
public interface CertificateInput extends IEditorInput {

	/** The raw content (PEM, DER, concatenated DER or PKCS#7); read each time the editor opens. */
	byte[] read() throws IOException;

	/** Directory to start file dialogs in, or null. */
	Path directory();
}
