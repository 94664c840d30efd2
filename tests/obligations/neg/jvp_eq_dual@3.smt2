; torchsmt obligation neg.jvp_eq_dual@3 (lemma, op neg, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma neg.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun v0_0 () Real)
(assert
 (let (($x22 (= (* v0_0 (- 1.0)) (- v0_0))))
(not $x22)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_1 () Real)
(assert
 (let (($x23 (= (* v0_1 (- 1.0)) (- v0_1))))
(not $x23)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_2 () Real)
(assert
 (let (($x24 (= (* v0_2 (- 1.0)) (- v0_2))))
(not $x24)))
(check-sat)
