import { describe, expect, it } from "vitest";

import { parseForm, splitFormKey } from "./parse-form";

describe("parseForm", () => {
  it("reads nested objects, indexed arrays, appended arrays and metadata", () => {
    const body =
      "mode=subscription&line_items[0][price]=price_1&line_items[0][quantity]=2" +
      "&line_items[1][price_data][recurring][interval]=month&expand[]=customer&expand[]=line_items" +
      "&metadata[user_id]=u%201&subscription_data[trial_period_days]=14";
    expect(parseForm(body)).toEqual({
      mode: "subscription",
      line_items: [
        { price: "price_1", quantity: "2" },
        { price_data: { recurring: { interval: "month" } } },
      ],
      expand: ["customer", "line_items"],
      metadata: { user_id: "u 1" },
      subscription_data: { trial_period_days: "14" },
    });
  });

  it("accepts percent-encoded brackets and out-of-order indexes", () => {
    expect(parseForm("items%5B1%5D%5Bprice%5D=b&items%5B0%5D%5Bprice%5D=a")).toEqual({
      items: [{ price: "a" }, { price: "b" }],
    });
  });

  it("keeps an empty value, which Stripe reads as 'unset'", () => {
    expect(parseForm("pause_collection=&description=")).toEqual({
      pause_collection: "",
      description: "",
    });
  });

  it("leaves malformed keys intact", () => {
    expect(splitFormKey("a[b")).toEqual(["a[b"]);
    expect(splitFormKey("a[b]c")).toEqual(["a[b]c"]);
  });
});
