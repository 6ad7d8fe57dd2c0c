package vn.ansinh.shared.web;

import jakarta.faces.convert.FacesConverter;

/**
 * {@link MonthConverter} by name, for the month picker ({@code a:month}): PrimeFaces' datePicker converts a
 * {@link java.time.YearMonth} with its own parser unless a converter is named, and that parser's refusal says "ngày"
 * (a day) and refuses the ISO form. Named, the picker reads and writes months exactly as every other month field.
 */
@FacesConverter("ansinh.month")
public class MonthPickerConverter extends MonthConverter {}
