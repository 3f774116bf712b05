export { classifyAddress, isPublicAddress, type NonPublicReason } from "./address-policy.js";
