package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.services.IServiceLocator;

/**
 * Everything the operations ask or tell the user. The workbench default opens dialogs
 * ({@link SwtDeviceDialogs}); a test (or a scripted front end) puts its own implementation into
 * the workbench's {@link IEclipseContext} under this interface, so no dialog blocks it.
 */
public interface DeviceDialogs {

	/**
	 * Asks for hex values, one per field; each field accepts only the given byte lengths.
	 *
	 * @return the decoded values, or null when cancelled
	 */
	byte[][] askHex(Shell shell, String title, String message, HexField... fields);

	/** A yes/no question for an operation that destroys something (GenKey replaces a key). */
	boolean confirm(Shell shell, String title, String message);

	/** For irreversible operations (locks): the user must type {@code phrase} to go on. */
	boolean confirmIrreversible(Shell shell, String title, String message, String phrase);

	void showResult(Shell shell, OperationResult result);

	void showError(Shell shell, String title, IStatus status);

	void copyToClipboard(Shell shell, String text);

	/** A field of {@link #askHex}: label, accepted lengths in bytes, initial text. */
	record HexField(String label, int[] lengths, String initial) {
	}

	/** The implementation in the context of the window (a test's), else the dialogs. */
	static DeviceDialogs from(IServiceLocator locator) {
		IEclipseContext context = locator == null ? null : locator.getService(IEclipseContext.class);
		DeviceDialogs dialogs = context == null ? null : context.get(DeviceDialogs.class);
		return dialogs != null ? dialogs : new SwtDeviceDialogs();
	}
}
