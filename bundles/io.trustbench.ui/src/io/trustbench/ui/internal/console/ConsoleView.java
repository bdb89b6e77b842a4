package io.trustbench.ui.internal.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;

import io.trustbench.core.TrafficLog;
import io.trustbench.core.TrafficLog.Entry;
import io.trustbench.ui.TrustbenchPreferences;

/**
 * Device and cloud traffic, one line per exchange, as the seed's tool logged it (figure 7-13):
 * kit commands and replies, AWS calls, MQTT. Lines arrive from any thread and are appended in
 * batches on the UI thread so a chatty device cannot flood the event queue.
 */
public final class ConsoleView extends ViewPart {

	public static final String ID = "io.trustbench.ui.console";
	/** Data key tests use to find the text widget. */
	public static final String TEXT_KEY = "io.trustbench.ui.console.text";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
			.withZone(ZoneId.systemDefault());

	private StyledText text;
	private final List<Entry> pending = new ArrayList<>();
	private final Consumer<Entry> listener = this::enqueue;
	private boolean flushScheduled;

	@Override
	public void createPartControl(Composite parent) {
		text = new StyledText(parent, SWT.MULTI | SWT.H_SCROLL | SWT.V_SCROLL | SWT.READ_ONLY);
		text.setFont(JFaceResources.getTextFont());
		text.setData(TEXT_KEY, Boolean.TRUE);
		TrafficLog.global().recent().forEach(this::append);
		TrafficLog.global().addListener(listener);
	}

	private void enqueue(Entry entry) {
		synchronized (pending) {
			pending.add(entry);
			if (flushScheduled) {
				return;
			}
			flushScheduled = true;
		}
		Display display = text == null || text.isDisposed() ? null : text.getDisplay();
		if (display != null) {
			display.asyncExec(this::flush);
		}
	}

	private void flush() {
		List<Entry> batch;
		synchronized (pending) {
			batch = new ArrayList<>(pending);
			pending.clear();
			flushScheduled = false;
		}
		if (text == null || text.isDisposed()) {
			return;
		}
		batch.forEach(this::append);
		trim();
		text.setTopIndex(text.getLineCount() - 1);
	}

	private void append(Entry entry) {
		String prefix = (TrustbenchPreferences.store().getBoolean(TrustbenchPreferences.CONSOLE_SHOW_TIME)
				? TIME.format(entry.time()) + " " : "") + arrow(entry.channel()) + " " + entry.source() + ": ";
		int start = text.getCharCount();
		text.append(prefix + entry.text() + "\n");
		StyleRange style = new StyleRange(start, prefix.length(), colour(entry.channel()), null);
		text.setStyleRange(style);
	}

	private void trim() {
		int max = Math.max(100, TrustbenchPreferences.store().getInt(TrustbenchPreferences.CONSOLE_MAX_LINES));
		int excess = text.getLineCount() - max;
		if (excess > 0) {
			text.replaceTextRange(0, text.getOffsetAtLine(excess), "");
		}
	}

	private static String arrow(TrafficLog.Channel channel) {
		return switch (channel) {
		case DEVICE_TX, CLOUD_TX -> ">>";
		case DEVICE_RX, CLOUD_RX -> "<<";
		case MQTT -> "~~";
		case ERROR -> "!!";
		default -> "--";
		};
	}

	private Color colour(TrafficLog.Channel channel) {
		Display display = text.getDisplay();
		return switch (channel) {
		case DEVICE_TX, DEVICE_RX -> display.getSystemColor(SWT.COLOR_DARK_BLUE);
		case CLOUD_TX, CLOUD_RX -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
		case MQTT -> display.getSystemColor(SWT.COLOR_DARK_MAGENTA);
		case ERROR -> display.getSystemColor(SWT.COLOR_RED);
		default -> display.getSystemColor(SWT.COLOR_DARK_GRAY);
		};
	}

	/** Empties the view (the log's history stays for views opened later). */
	public void clear() {
		if (text != null && !text.isDisposed()) {
			text.setText("");
		}
	}

	/** The console's text, for tests and copy. */
	public String contents() {
		return text == null || text.isDisposed() ? "" : text.getText();
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		TrafficLog.global().removeListener(listener);
		super.dispose();
	}
}
