package io.tenure.health.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import io.tenure.health.SegmentCondition;
import io.tenure.health.SegmentDefinition;
import io.tenure.health.SegmentField;
import io.tenure.health.SegmentFields;
import io.tenure.health.SegmentOperator;
import io.tenure.identity.StaffUsers;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A segment's conditions in words for the pages: "Tier is Key and Login trend, % ≤ -30". */
@Component("segmentWording")
public class SegmentWording {

	private final MessageSource messages;
	private final StaffUsers staff;

	SegmentWording(MessageSource messages, StaffUsers staff) {
		this.messages = messages;
		this.staff = staff;
	}

	public String describe(SegmentDefinition definition) {
		Locale locale = LocaleContextHolder.getLocale();
		List<String> parts = new ArrayList<>();
		for (SegmentCondition c : definition.conditions()) {
			var field = SegmentFields.find(definition.subject(), c.field());
			var operator = SegmentOperator.byToken(c.operator());
			if (field.isEmpty() || operator.isEmpty()) {
				parts.add(c.field() + " " + c.operator() + " " + c.givenValue());
				continue;
			}
			String text = messages.getMessage(field.get().label(), null, field.get().key(), locale) + " "
					+ messages.getMessage("segments.op." + operator.get().name(), null, c.operator(), locale);
			if (operator.get().takesValue() && c.givenValue() != null) {
				List<String> values = new ArrayList<>();
				if (c.givenValue().isArray()) {
					c.givenValue().forEach(v -> values.add(value(field.get(), v, locale)));
				}
				else {
					values.add(value(field.get(), c.givenValue(), locale));
				}
				text += " " + String.join(", ", values);
			}
			parts.add(text);
		}
		String joint = " " + messages.getMessage(definition.match() == SegmentDefinition.Match.ANY ? "segments.or" : "segments.and",
				null, locale) + " ";
		return String.join(joint, parts);
	}

	/** A figure as people read it: 0.42, -30, 12.5; a dash for no value. */
	public String number(Double value) {
		if (value == null) {
			return "—";
		}
		return java.math.BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private String value(SegmentField field, JsonNode value, Locale locale) {
		if (field.type() == SegmentField.Type.STAFF) {
			return staff.find(value.asLong()).map(s -> s.displayName()).orElse("#" + value.asText());
		}
		String key = SegmentRow.choiceLabel(field, value.asText());
		return key == null ? value.asText() : messages.getMessage(key, null, value.asText(), locale);
	}
}
