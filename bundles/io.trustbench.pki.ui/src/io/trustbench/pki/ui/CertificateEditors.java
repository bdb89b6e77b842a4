package io.trustbench.pki.ui;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;

import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.ui.internal.editor.CertificateBytesInput;
import io.trustbench.pki.ui.internal.editor.CertificateFileInput;

/**
 * Opens the Certificate Inspector. Other UI bundles (the Device Explorer) call
 * {@link #open(IWorkbenchPage, String, byte[])} with certificates read from a device, or run the
 * command {@value #OPEN_DEVICE_CERTIFICATE_COMMAND_ID} when they do not want to depend on this
 * bundle. Must be called on the UI thread.
 */
public final class CertificateEditors {

	public static final String PLUGIN_ID = "io.trustbench.pki.ui";
	public static final String EDITOR_ID = "io.trustbench.pki.ui.certificateEditor";
	public static final String OPEN_FILE_COMMAND_ID = "io.trustbench.pki.ui.openCertificate";
	public static final String EXPORT_COMMAND_ID = "io.trustbench.pki.ui.exportCertificate";
	public static final String COMPARE_COMMAND_ID = "io.trustbench.pki.ui.compareCertificates";
	public static final String TRUST_ANCHOR_COMMAND_ID = "io.trustbench.pki.ui.chooseTrustAnchor";
	/**
	 * Opens certificates given as bytes. Parameters: {@value #PARAMETER_TITLE} (tab name),
	 * {@value #PARAMETER_CERTIFICATES} (Base64 of DER, concatenated DER, PEM text or PKCS#7),
	 * optional {@value #PARAMETER_ORIGIN} (tooltip: where they came from).
	 */
	public static final String OPEN_DEVICE_CERTIFICATE_COMMAND_ID = "io.trustbench.pki.ui.openDeviceCertificate";
	public static final String PARAMETER_TITLE = "io.trustbench.pki.ui.title";
	public static final String PARAMETER_CERTIFICATES = "io.trustbench.pki.ui.certificates";
	public static final String PARAMETER_ORIGIN = "io.trustbench.pki.ui.origin";

	private CertificateEditors() {
	}

	/** Opens (or activates) the inspector on a certificate file. */
	public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
		return page.openEditor(new CertificateFileInput(file), EDITOR_ID, true);
	}

	/**
	 * Opens certificates that are not in a file.
	 *
	 * @param title tab name, e.g. "Thing kit — device certificate"
	 * @param data  DER of one certificate, concatenated DER of a chain (device first), PEM text or PKCS#7
	 */
	public static IEditorPart open(IWorkbenchPage page, String title, byte[] data) throws PartInitException {
		return open(page, title, title, data);
	}

	/** As {@link #open(IWorkbenchPage, String, byte[])}; {@code origin} is shown as the tab's tooltip. */
	public static IEditorPart open(IWorkbenchPage page, String title, String origin, byte[] data)
			throws PartInitException {
		return page.openEditor(new CertificateBytesInput(title, origin, data), EDITOR_ID, true);
	}

	/** Opens parsed certificates, in the order given (device first for a chain). */
	public static IEditorPart open(IWorkbenchPage page, String title, List<CertificateModel> chain)
			throws PartInitException {
		ByteArrayOutputStream der = new ByteArrayOutputStream();
		for (CertificateModel cert : chain) {
			der.writeBytes(cert.encoded());
		}
		return open(page, title, der.toByteArray());
	}

	public static ImageDescriptor certificateIcon() {
		return ResourceLocator.imageDescriptorFromBundle(PLUGIN_ID, "icons/certificate16.png").orElse(null);
	}
}
