package io.trustbench.provisioning.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.ui.TrustbenchUi;

/** The workbench around the wizard: a fresh workspace, the Console's text, the clipboard. */
final class Workbench {

	/** Data key of the Console's text widget (io.trustbench.ui's ConsoleView.TEXT_KEY). */
	private static final String CONSOLE_TEXT_KEY = "io.trustbench.ui.console.text";

	private Workbench() {
	}

	/** A new, empty workspace for this test class: its own kits, flow state and emulator. */
	static Path freshWorkspace(String name) throws IOException {
		Path workspace = Files.createTempDirectory("trustbench-" + name);
		WorkspaceLocation.set(workspace);
		return workspace;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
	}

	/** The Console view's text, or null when the view is not open. */
	static String console() {
		IViewPart view = page().findView(TrustbenchUi.CONSOLE_VIEW_ID);
		if (view == null) {
			return null;
		}
		Composite parent = view.getSite().getShell();
		return Ui.all(parent, StyledText.class).stream().filter(t -> t.getData(CONSOLE_TEXT_KEY) != null)
				.map(StyledText::getText).findFirst().orElse(null);
	}

	static String clipboard() {
		Clipboard clipboard = new Clipboard(Display.getCurrent());
		try {
			return (String) clipboard.getContents(TextTransfer.getInstance());
		} finally {
			clipboard.dispose();
		}
	}

	/** The summary's results: first column → second column. */
	static Map<String, String> values(Table table) {
		Map<String, String> values = new LinkedHashMap<>();
		for (TableItem item : table.getItems()) {
			values.put(item.getText(0), item.getText(1));
		}
		return values;
	}

	/** Every file below {@code dir} that contains {@code text}: secrets must be in none. */
	static java.util.List<Path> filesContaining(Path dir, String text) throws IOException {
		try (var files = Files.walk(dir)) {
			return files.filter(Files::isRegularFile).filter(f -> {
				try {
					return new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
				} catch (IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).toList();
		}
	}
}
