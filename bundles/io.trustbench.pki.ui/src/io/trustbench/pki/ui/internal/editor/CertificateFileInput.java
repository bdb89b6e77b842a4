package io.trustbench.pki.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.resource.ImageDescriptor;

import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.ui.CertificateEditors;
import io.trustbench.ui.FileEditorInput;

/** A certificate file on disk; too large a file is refused before it is read. */
public final class CertificateFileInput extends FileEditorInput implements CertificateInput {

	static final String KEY_PATH = FileEditorInput.TAG_PATH;

	public CertificateFileInput(Path file) {
		super(file);
	}

	@Override
	public byte[] read() throws IOException {
		long size = Files.size(file());
		if (size > CertificateReader.MAX_INPUT) {
			throw new IOException(file().getFileName() + " is " + size + " bytes, too large for a certificate file");
		}
		return Files.readAllBytes(file());
	}

	@Override
	public Path directory() {
		return file().getParent();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return CertificateEditors.certificateIcon();
	}

	@Override
	public String getFactoryId() {
		return CertificateFileInputFactory.ID;
	}
}
