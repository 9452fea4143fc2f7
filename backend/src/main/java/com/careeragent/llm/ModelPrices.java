package com.careeragent.llm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Anthropic list prices in USD per million tokens (input, output), for cost estimates in logs and reports. */
final class ModelPrices {

    private record Price(BigDecimal input, BigDecimal output) {
    }

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final Map<String, Price> PRICES = Map.of(
            LanguageModel.HAIKU, new Price(new BigDecimal("1.00"), new BigDecimal("5.00")),
            LanguageModel.SONNET, new Price(new BigDecimal("3.00"), new BigDecimal("15.00")));

    private ModelPrices() {
    }

    static Usage usage(String model, long inputTokens, long outputTokens) {
        Price price = PRICES.get(model);
        BigDecimal cost = price == null ? null
                : price.input().multiply(BigDecimal.valueOf(inputTokens))
                        .add(price.output().multiply(BigDecimal.valueOf(outputTokens)))
                        .divide(MILLION, 6, RoundingMode.HALF_UP);
        return new Usage(model, inputTokens, outputTokens, cost);
    }
}
