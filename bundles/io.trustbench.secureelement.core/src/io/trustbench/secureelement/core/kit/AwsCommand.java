package io.trustbench.secureelement.core.kit;

import java.util.ArrayList;
import java.util.List;

import io.trustbench.core.Hex;

/**
 * An {@code aws:} command of the Secure Insight kits: verb ({@code p}, {@code si}, {@code g},
 * {@code i}, {@code ss}, {@code sc}, {@code sh}, {@code sw}, {@code sr}, {@code gr}) and the raw
 * argument text. Arguments are hex, split at the first ',' only (the thing firmware's rule);
 * {@code aws:sc} carries raw PEM after the comma.
 */
public record AwsCommand(String verb, String argumentText) {

	public static AwsCommand from(KitCommand command) {
		return new AwsCommand(command.field(1), command.data());
	}

	/** First and (optional) second argument split at the first comma, untrimmed raw text. */
	public List<String> rawArguments() {
		List<String> list = new ArrayList<>();
		if (argumentText.isEmpty()) {
			return list;
		}
		int comma = argumentText.indexOf(',');
		if (comma < 0) {
			list.add(argumentText);
		} else {
			list.add(argumentText.substring(0, comma));
			list.add(argumentText.substring(comma + 1));
		}
		return list;
	}

	/** Hex-decoded argument {@code i}; IllegalArgumentException when absent or not hex. */
	public byte[] hexArgument(int i) {
		List<String> raw = rawArguments();
		if (i >= raw.size()) {
			throw new IllegalArgumentException("aws:" + verb + " needs argument " + (i + 1));
		}
		return Hex.decode(raw.get(i));
	}

	public int argumentCount() {
		return rawArguments().size();
	}

	/** The wire form, e.g. {@code aws:si(03,<hex>)}. */
	public String format() {
		return "aws:" + verb + "(" + argumentText + ")";
	}
}
