/**
 * The hip and knee check-in: taken before the first session and again at later phase gates, so
 * the customer can compare hip rotation and knee pain over time.
 */
import type { Assessment } from "../../schemas/assessment";

export const HIP_KNEE_CHECK = "hip-knee-check";

export const kneePainAssessments: Assessment[] = [
  {
    key: HIP_KNEE_CHECK,
    title: "Hip and knee check-in",
    instructions:
      "Take this check-in on a normal day, not straight after a workout. Record what you actually measure or feel; there are no good or bad scores, only a starting point to compare against later.",
    items: [
      {
        key: "hip-internal-rotation",
        label: "Seated hip internal rotation",
        kind: "degrees",
        perSide: true,
        range: { min: 0, max: 90 },
        instructions:
          "Sit on a high chair or table edge, knees bent at a right angle and thighs parallel. Keep the thigh still and let the lower leg swing outward as far as it will go without your buttock lifting; this turns the hip inward. Measure the angle between the shin and vertical with a phone angle app laid along the shin, or estimate it from a photo taken from the front.",
      },
      {
        key: "knee-pain-stairs",
        label: "Knee pain going down stairs",
        kind: "pain",
        perSide: false,
        instructions:
          "Walk down a flight of stairs at your normal pace and rate the worst knee pain, 0 (none) to 10 (worst imaginable).",
      },
      {
        key: "knee-pain-squat",
        label: "Knee pain squatting",
        kind: "pain",
        perSide: false,
        instructions:
          "Lower yourself until you are just touching a chair seat, then stand back up. Rate the worst knee pain from 0 to 10.",
      },
      {
        key: "knee-pain-rest",
        label: "Knee pain at rest",
        kind: "pain",
        perSide: false,
        instructions: "Sit quietly for a couple of minutes and rate any knee pain from 0 to 10.",
      },
    ],
  },
];
