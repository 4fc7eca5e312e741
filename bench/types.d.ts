// bpmn-moddle ships no types; the benchmark only parses one definition with it.
declare module 'bpmn-moddle' {
  export default class BpmnModdle {
    fromXML(xml: string): Promise<unknown>
  }
}
