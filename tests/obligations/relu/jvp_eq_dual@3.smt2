; torchsmt obligation relu.jvp_eq_dual@3 (lemma, op relu, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((3,),), off kinks
(set-info :source |torchsmt lemma relu.jvp_eq_dual@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_0 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x31 (= (* v0_0 (ite (< 0.0 x0_0) 1.0 0.0)) (ite (< 0.0 x0_0) v0_0 0.0))))
(not $x31)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_1 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x32 (= (* v0_1 (ite (< 0.0 x0_1) 1.0 0.0)) (ite (< 0.0 x0_1) v0_1 0.0))))
(not $x32)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0 () Real)
(declare-fun x0_1 () Real)
(declare-fun x0_2 () Real)
(declare-fun v0_2 () Real)
(assert
 (and (distinct 0.0 x0_0) true))
(assert
 (and (distinct 0.0 x0_1) true))
(assert
 (and (distinct 0.0 x0_2) true))
(assert
 (let (($x33 (= (* v0_2 (ite (< 0.0 x0_2) 1.0 0.0)) (ite (< 0.0 x0_2) v0_2 0.0))))
(not $x33)))
(check-sat)
