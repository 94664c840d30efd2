; torchsmt obligation sign.jvp_eq_dual@2x3 (lemma, op sign, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((2, 3),), off kinks
(set-info :source |torchsmt lemma sign.jvp_eq_dual@2x3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x52 (ite (< 0.0 x0_0_0) 0.0 (ite (> 0.0 x0_0_0) (- 0.0) 0.0))))
(let (($x63 (= 0.0 ?x52)))
(not $x63))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x54 (ite (< 0.0 x0_0_1) 0.0 (ite (> 0.0 x0_0_1) (- 0.0) 0.0))))
(let (($x64 (= 0.0 ?x54)))
(not $x64))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x56 (ite (< 0.0 x0_0_2) 0.0 (ite (> 0.0 x0_0_2) (- 0.0) 0.0))))
(let (($x65 (= 0.0 ?x56)))
(not $x65))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x58 (ite (< 0.0 x0_1_0) 0.0 (ite (> 0.0 x0_1_0) (- 0.0) 0.0))))
(let (($x66 (= 0.0 ?x58)))
(not $x66))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x60 (ite (< 0.0 x0_1_1) 0.0 (ite (> 0.0 x0_1_1) (- 0.0) 0.0))))
(let (($x67 (= 0.0 ?x60)))
(not $x67))))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun x0_0_0 () Real)
(declare-fun x0_0_1 () Real)
(declare-fun x0_0_2 () Real)
(declare-fun x0_1_0 () Real)
(declare-fun x0_1_1 () Real)
(declare-fun x0_1_2 () Real)
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (and (distinct 0.0 x0_0_0) true))
(assert
 (and (distinct 0.0 x0_0_1) true))
(assert
 (and (distinct 0.0 x0_0_2) true))
(assert
 (and (distinct 0.0 x0_1_0) true))
(assert
 (and (distinct 0.0 x0_1_1) true))
(assert
 (and (distinct 0.0 x0_1_2) true))
(assert
 (let ((?x62 (ite (< 0.0 x0_1_2) 0.0 (ite (> 0.0 x0_1_2) (- 0.0) 0.0))))
(let (($x68 (= 0.0 ?x62)))
(not $x68))))
(check-sat)
