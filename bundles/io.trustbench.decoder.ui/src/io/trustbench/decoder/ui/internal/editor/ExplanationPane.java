package io.trustbench.decoder.ui.internal.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Composite;

import io.trustbench.decoder.ui.internal.model.FlowMessage;
import io.trustbench.decoder.ui.internal.model.HandshakeExplanations;

/**
 * What the TLS messages of the selected frame do in the handshake: one paragraph per message,
 * the one under the selected field first and in bold heading. Texts come from
 * {@link HandshakeExplanations}.
 */
final class ExplanationPane {

	static final String KEY = "io.trustbench.decoder.ui.explanation";

	private final StyledText text;
	private List<FlowMessage> messages = List.of();

	ExplanationPane(Composite parent) {
		text = new StyledText(parent, SWT.READ_ONLY | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		text.setMargins(6, 4, 6, 4);
		text.setData(KEY, this);
		text.setText(Messages.Explanation_none);
	}

	StyledText control() {
		return text;
	}

	/** Explains the messages of a frame, {@code focus} (one of them, or null) first. */
	void show(List<FlowMessage> frameMessages, FlowMessage focus) {
		this.messages = frameMessages;
		List<FlowMessage> ordered = new ArrayList<>(frameMessages);
		if (focus != null && ordered.remove(focus)) {
			ordered.add(0, focus);
		}
		StringBuilder sb = new StringBuilder();
		List<StyleRange> styles = new ArrayList<>();
		for (FlowMessage m : ordered) {
			String body = HandshakeExplanations.explain(m);
			if (body == null) {
				continue;
			}
			String heading = m.label() + "  (" + (m.fromClient() ? Messages.Explanation_clientToServer
					: Messages.Explanation_serverToClient) + ", #" + m.frame() + ")";
			if (sb.length() > 0) {
				sb.append("\n\n");
			}
			StyleRange bold = new StyleRange();
			bold.start = sb.length();
			bold.length = heading.length();
			bold.fontStyle = SWT.BOLD;
			styles.add(bold);
			sb.append(heading).append('\n').append(body);
			String section = HandshakeExplanations.section(m);
			if (section != null) {
				String see = "\n" + Messages.bind(Messages.Explanation_seed, section);
				StyleRange italic = new StyleRange();
				italic.start = sb.length();
				italic.length = see.length();
				italic.fontStyle = SWT.ITALIC;
				italic.foreground = text.getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
				styles.add(italic);
				sb.append(see);
			}
		}
		text.setText(sb.length() == 0 ? Messages.Explanation_none : sb.toString());
		text.setStyleRanges(styles.toArray(StyleRange[]::new));
	}

	List<FlowMessage> messages() {
		return messages;
	}

	String contents() {
		return text.getText();
	}
}
