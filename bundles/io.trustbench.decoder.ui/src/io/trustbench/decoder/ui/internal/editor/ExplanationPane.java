package io.trustbench.decoder.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import io.trustbench.decoder.HandshakeExplanations;
import io.trustbench.decoder.ui.internal.model.FlowMessage;

/**
 * What the TLS messages of the selected frame do in the handshake: one paragraph per message
 * (title in bold, from the core's {@link HandshakeExplanations}), the message under the selected
 * field first.
 */
final class ExplanationPane {

	static final String KEY = "io.trustbench.decoder.ui.explanation";

	private final StyledText text;

	ExplanationPane(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(6, 4, 6, 4);
		text.setData(KEY, this);
		text.setText(Messages.Explanation_none);
	}

	StyledText control() {
		return text;
	}

	/** Explains the messages of a frame; the first one with {@code focusKey} (may be null) comes first. */
	void show(List<FlowMessage> frameMessages, String focusKey) {
		List<FlowMessage> ordered = new ArrayList<>(frameMessages);
		for (FlowMessage m : frameMessages) {
			if (m.explanationKey().equals(focusKey)) {
				ordered.remove(m);
				ordered.add(0, m);
				break;
			}
		}
		StringBuilder sb = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		List<String> explained = new ArrayList<>();
		for (FlowMessage m : ordered) {
			String body = HandshakeExplanations.text(m.explanationKey());
			if (body == null || explained.contains(m.explanationKey() + m.fromClient())) {
				continue; // one paragraph per kind of message and direction
			}
			explained.add(m.explanationKey() + m.fromClient());
			String title = HandshakeExplanations.title(m.explanationKey());
			String heading = (title == null ? m.label() : title) + "  \u2014 " + (m.fromClient()
					? Messages.Explanation_clientToServer
					: Messages.Explanation_serverToClient) + ", #" + m.frame();
			if (sb.length() > 0) {
				sb.append("\n\n");
			}
			StyleRange bold = new StyleRange();
			bold.start = sb.length();
			bold.length = heading.length();
			bold.fontStyle = SWT.BOLD;
			styles.add(bold);
			sb.append(heading).append('\n').append(body);
		}
		text.setText(sb.length() == 0 ? Messages.Explanation_none : sb.toString());
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	String contents() {
		return text.getText();
	}
}
