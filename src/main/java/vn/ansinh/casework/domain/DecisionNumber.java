package vn.ansinh.casework.domain;

/**
 * A decision's number and symbol (số, ký hiệu), e.g. {@code 125/QĐ-UBND}: a sequence per issuing
 * unit and year, never reused, followed by the document symbol.
 */
public record DecisionNumber(int sequence, String symbol) {

    public DecisionNumber {
        if (sequence < 1) {
            throw new CaseException("decision.error.sequence");
        }
        if (symbol == null || !symbol.matches("QĐ-[\\p{Lu}Đ]{2,12}")) {
            throw new CaseException("decision.error.symbol", symbol);
        }
    }

    @Override
    public String toString() {
        return sequence + "/" + symbol;
    }
}
