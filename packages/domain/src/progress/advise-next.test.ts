import { describe, expect, it } from "vitest";

import type { AdviceSession } from "./advise-next";
import { adviseNext } from "./advise-next";

let dayCounter = 0;
function session(pain: Partial<AdviceSession>): AdviceSession {
  dayCounter += 1;
  return {
    completedAt: new Date(Date.UTC(2025, 0, dayCounter)),
    painBefore: 1,
    painDuring: 1,
    painAfter: 1,
    ...pain,
  };
}

describe("adviseNext", () => {
  it("says progress when pain stays at 3 or less and the knee is no worse after", () => {
    const advice = adviseNext([session({ painBefore: 2, painDuring: 3, painAfter: 2 })]);
    expect(advice.verdict).toBe("progress");
    expect(advice.message).toMatch(/one more rep/);
  });

  it("says stay when pain during reaches 4–5", () => {
    expect(adviseNext([session({ painDuring: 4 })]).verdict).toBe("stay");
    expect(adviseNext([session({ painDuring: 5 })]).verdict).toBe("stay");
  });

  it("says stay when the session was stopped early without high pain", () => {
    const advice = adviseNext([session({ stoppedEarly: true })]);
    expect(advice.verdict).toBe("stay");
    expect(advice.reasons).toEqual(["the session was stopped early"]);
  });

  it("says regress when pain during reaches 6–7", () => {
    const advice = adviseNext([session({ painDuring: 7 })]);
    expect(advice.verdict).toBe("regress");
    expect(advice.message).toMatch(/easier version/);
  });

  it("says regress when the knee is 2+ points worse after than before, even with low pain during", () => {
    expect(adviseNext([session({ painBefore: 1, painDuring: 2, painAfter: 3 })]).verdict).toBe(
      "regress",
    );
  });

  it("takes next-day pain into account", () => {
    const calm = session({ painBefore: 1, painDuring: 2, painAfter: 1 });
    expect(adviseNext([calm]).verdict).toBe("progress");
    expect(adviseNext([{ ...calm, painNextDay: 4 }]).verdict).toBe("regress");
  });

  it("says stop, unmistakably, when pain reaches 8 or more", () => {
    const advice = adviseNext([session({ painDuring: 8 })]);
    expect(advice.verdict).toBe("stop");
    expect(advice.title).toMatch(/^STOP/);
    expect(advice.message).toMatch(/Stop doing these exercises now/);
    expect(advice.message).toMatch(/doctor or physiotherapist/);
    expect(advice.reasons).toEqual(["pain reached 8/10"]);
  });

  it("says stop when sharp pain is reported, whatever the number", () => {
    expect(adviseNext([session({ painDuring: 2, sharpPain: true })]).verdict).toBe("stop");
  });

  it("says stop when pain keeps climbing across the last three sessions", () => {
    const logs = [
      session({ painDuring: 2 }),
      session({ painDuring: 4 }),
      session({ painDuring: 5 }),
    ];
    const advice = adviseNext(logs);
    expect(advice.verdict).toBe("stop");
    expect(advice.reasons).toEqual(["pain has risen session after session (2 → 4 → 5/10)"]);
  });

  it("says stop when the knee was worse the next day after two sessions in a row", () => {
    const logs = [
      session({ painBefore: 1, painDuring: 2, painAfter: 2, painNextDay: 3 }),
      session({ painBefore: 1, painDuring: 2, painAfter: 2, painNextDay: 3 }),
    ];
    expect(adviseNext(logs).verdict).toBe("stop");
    expect(adviseNext(logs.slice(1)).verdict).toBe("regress");
  });

  it("judges the most recent session even when logs arrive out of order", () => {
    const older = session({ painDuring: 7 });
    const newer = session({ painDuring: 1 });
    expect(adviseNext([newer, older]).verdict).toBe("progress");
  });

  it("asks for a gentle start when there are no sessions yet", () => {
    expect(adviseNext([])).toMatchObject({ verdict: "stay", title: "Start at the low end" });
  });
});
